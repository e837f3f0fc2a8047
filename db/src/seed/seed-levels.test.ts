import { sql } from 'drizzle-orm';
import { type DatabaseHandle } from '../client';
import { LEVELS } from '../levels';
import { createTestDatabase, snapshotSchema } from '../testing';
import { prepareDatabase, seedSchemas } from './prepare-database';

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;
}

/** The tables of a schema whose primary key is one text column that refers to no other table, with that column. */
async function tablesWithTextKey(database: DatabaseHandle, schema: string): Promise<Array<{ table: string; key: string }>> {
  const result = await database.db.execute(sql`
    select c.table_name as "table", min(k.column_name) as "key"
    from information_schema.table_constraints c
    join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
    join information_schema.columns col on col.table_schema = k.table_schema and col.table_name = k.table_name and col.column_name = k.column_name
    where c.table_schema = ${schema} and c.constraint_type = 'PRIMARY KEY' and c.table_name <> 'seed_state'
      and not exists (
        select 1 from information_schema.table_constraints f
        join information_schema.key_column_usage fk on fk.constraint_schema = f.constraint_schema and fk.constraint_name = f.constraint_name
        where f.constraint_type = 'FOREIGN KEY' and fk.table_schema = k.table_schema and fk.table_name = k.table_name and fk.column_name = k.column_name)
    group by c.table_name
    having count(*) = 1 and min(col.data_type) = 'text'
    order by c.table_name`);
  return rowsOf(result).map((row) => ({ table: String(row.table), key: String(row.key) }));
}

describe.each(LEVELS.map((level) => [level.name, level.schema] as const))('the %s seed', (_name, schema) => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
    await prepareDatabase(database, [schema]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('changes no row of any table when applied again with the checksum bypassed', async () => {
    const before = await snapshotSchema(database, schema);
    await seedSchemas(database, [schema], { force: true });
    expect(await snapshotSchema(database, schema)).toEqual(before);
  });

  it('deletes the rows its content no longer has', async () => {
    const before = await snapshotSchema(database, schema);
    const tables = await tablesWithTextKey(database, schema);
    expect(tables.length).toBeGreaterThan(0);
    // A row the content does not have: a copy of one row under a key no content uses, in every table keyed by text.
    for (const { table, key } of tables) {
      const target = sql`${sql.identifier(schema)}.${sql.identifier(table)}`;
      await database.db.execute(sql`
        insert into ${target}
        select * from jsonb_populate_record(null::${target},
          (select to_jsonb(t) || jsonb_build_object(${key}::text, 'stale-' || t.${sql.identifier(key)}) from ${target} as t order by t.${sql.identifier(key)} limit 1))`);
    }
    const withStale = await snapshotSchema(database, schema);
    expect(tables.every(({ table }) => (withStale[table]?.length ?? 0) === (before[table]?.length ?? 0) + 1)).toBe(true);

    await seedSchemas(database, [schema], { force: true });
    expect(await snapshotSchema(database, schema)).toEqual(before);
  });
});
