import { sql } from 'drizzle-orm';
import { type DatabaseHandle } from '../client';
import { SUBGRAPH_SCHEMAS } from '../levels';
import { createTestDatabase } from '../testing';
import { prepareDatabase } from './prepare-database';

/** How many rows of each table of the level schemas are SAMPLE, and how many rows each table has. */
async function countRows(database: DatabaseHandle) {
  const tables = (await database.db.execute(sql`
    select table_schema as "schema", table_name as "table", bool_or(column_name = 'source_kind') as "hasProvenance"
    from information_schema.columns
    where table_schema in (${sql.join(
      SUBGRAPH_SCHEMAS.map((schema) => sql`${schema}`),
      sql`, `,
    )})
    group by table_schema, table_name order by 1, 2`)) as unknown as { rows?: unknown[] } | unknown[];
  const list = (Array.isArray(tables) ? tables : (tables.rows ?? [])) as Array<{
    schema: string;
    table: string;
    hasProvenance: boolean;
  }>;
  const counts: Record<string, { rows: number; sample: number }> = {};
  for (const { schema, table, hasProvenance } of list) {
    const name = sql.raw(`"${schema}"."${table}"`);
    const result = (await database.db.execute(
      hasProvenance
        ? sql`select count(*)::int as rows, count(*) filter (where source_kind = 'SAMPLE')::int as sample from ${name}`
        : sql`select count(*)::int as rows, 0 as sample from ${name}`,
    )) as unknown as { rows?: unknown[] } | unknown[];
    const [row] = (Array.isArray(result) ? result : (result.rows ?? [])) as Array<{
      rows: number;
      sample: number;
    }>;
    counts[`${schema}.${table}`] = { rows: Number(row?.rows ?? 0), sample: Number(row?.sample ?? 0) };
  }
  return counts;
}

const total = (counts: Record<string, { rows: number; sample: number }>, key: 'rows' | 'sample') =>
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
