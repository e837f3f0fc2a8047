import { migrateSchemas, PendingMigrationsError, type DatabaseHandle } from '@cohesion/db';
import { createTestDatabase, snapshotSchema } from '@cohesion/db/testing';
import { databasePreparation } from './database-preparation';

describe('databasePreparation', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
  });
  afterEach(async () => {
    await database.close();
  });

  it('refuses a production start on a database whose migrations are not applied, and creates nothing', async () => {
    const prepare = await databasePreparation('production');
    await expect(prepare(database, ['federal'])).rejects.toThrow(PendingMigrationsError);
    await expect(prepare(database, ['federal'])).rejects.toThrow(/federal has 0 of \d+ migrations. Run `npm run migrate`/);
    expect(await snapshotSchema(database, 'federal')).toEqual({});
  });

  it('never writes a row on a production start: a migrated database stays empty', async () => {
    await migrateSchemas(database, ['federal']);
    const prepare = await databasePreparation('production');
    await prepare(database, ['federal']);
    const tables = await snapshotSchema(database, 'federal');
    expect(Object.keys(tables)).toContain('organisations');
    expect(Object.values(tables).every((rows) => rows.length === 0)).toBe(true);
  });

  it('migrates and seeds on a development or test start', async () => {
    const prepare = await databasePreparation('test');
    await prepare(database, ['federal']);
    expect((await snapshotSchema(database, 'federal')).organisations?.length).toBeGreaterThan(0);
  });
});
