import { asc, eq } from 'drizzle-orm';
import { pgSchema, text } from 'drizzle-orm/pg-core';
import { type DatabaseHandle } from '../client';
import { versionColumns } from '../schema/column-groups';
import { seedStateColumns } from '../schema/provenance';
import { createTestDatabase } from '../testing';
import { runSeedOnce } from './run-seed-once';

// A versioned table of its own, as the API writes them (db's versionColumns), apart from any level's content.
const trial = pgSchema('seed_edits_trial');
const seedState = trial.table('seed_state', seedStateColumns());
const records = trial.table('records', { id: text().primaryKey(), name: text().notNull(), ...versionColumns() });

describe('runSeedOnce and rows written through the API', () => {
  let database: DatabaseHandle;
  const seed = (rows: Array<{ id: string; name: string }>) =>
    runSeedOnce(database.db, { table: seedState, dataset: 'trial', inputs: [JSON.stringify(rows)], force: true, apply: ({ replaceRows }) => replaceRows(records, records.id, rows) });

  beforeAll(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
    await database.execute(`
      CREATE SCHEMA seed_edits_trial;
      CREATE TABLE seed_edits_trial.seed_state (dataset text PRIMARY KEY, checksum text NOT NULL, applied_at text NOT NULL);
      CREATE TABLE seed_edits_trial.records (id text PRIMARY KEY, name text NOT NULL, version integer NOT NULL DEFAULT 1, edited_at timestamptz);
    `);
  });
  afterAll(() => database.close());

  it('inserts missing rows and updates seeded ones, but never overwrites nor deletes a row edited or created through the API', async () => {
    await seed([
      { id: 'seeded', name: 'first seed' },
      { id: 'edited', name: 'first seed' },
      { id: 'dropped', name: 'first seed' },
    ]);
    await database.db.update(records).set({ name: 'edited by its owner', version: 2, editedAt: '2026-06-01T10:00:00Z' }).where(eq(records.id, 'edited'));
    await database.db.insert(records).values({ id: 'founded', name: 'founded by its owner', editedAt: '2026-06-01T10:00:00Z' });
    await seed([
      { id: 'seeded', name: 'second seed' },
      { id: 'edited', name: 'second seed' },
      { id: 'new', name: 'second seed' },
    ]);
    const rows = await database.db.select({ id: records.id, name: records.name, version: records.version }).from(records).orderBy(asc(records.id));
    expect(rows).toEqual([
      { id: 'edited', name: 'edited by its owner', version: 2 },
      { id: 'founded', name: 'founded by its owner', version: 1 },
      { id: 'new', name: 'second seed', version: 1 },
      { id: 'seeded', name: 'second seed', version: 1 },
    ]);
  });
});
