import { type DatabaseHandle } from '../client';
import { SUBGRAPH_SCHEMAS } from '../levels';
import { countRowsByTable, createTestDatabase, type TableRowCount } from '../testing';
import { prepareDatabase } from './prepare-database';

const countRows = (database: DatabaseHandle) => countRowsByTable(database, SUBGRAPH_SCHEMAS);

const total = (counts: Record<string, TableRowCount>, key: 'rows' | 'sample') =>
  Object.values(counts).reduce((sum, count) => sum + count[key], 0);

describe('seeding without SAMPLE data (issue 9: SAMPLE data only outside production)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
  });
  afterAll(() => database.close());

  it('writes Statbel reference data and the published content of every level, and no SAMPLE row; a seed with SAMPLE data adds them, and one without removes them again', async () => {
    await prepareDatabase(database, SUBGRAPH_SCHEMAS, { sample: false });
    const withoutSample = await countRows(database);
    expect(total(withoutSample, 'sample')).toBe(0);
    expect(withoutSample['municipalities.municipalities']?.rows).toBe(565);
    expect(withoutSample['municipalities.livcr_cells']?.rows).toBe(0);
    for (const level of ['federal', 'flanders', 'wallonia_brussels', 'eu_partners']) {
      expect({ level, organisations: withoutSample[`${level}.organisations`]?.rows ?? 0 }).toEqual({
        level,
        organisations: expect.any(Number),
      });
      expect(withoutSample[`${level}.organisations`]?.rows).toBeGreaterThan(0);
    }

    await prepareDatabase(database, SUBGRAPH_SCHEMAS);
    const withSample = await countRows(database);
    expect(total(withSample, 'sample')).toBeGreaterThan(0);
    expect(withSample['municipalities.livcr_cells']?.rows).toBeGreaterThan(0);

    await prepareDatabase(database, SUBGRAPH_SCHEMAS, { sample: false });
    expect(await countRows(database)).toEqual(withoutSample);
  });
});
