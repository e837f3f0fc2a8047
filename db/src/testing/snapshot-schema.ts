import { sql } from 'drizzle-orm';
import { type DatabaseHandle } from '../client';
import { type SubgraphSchema } from '../levels';

/** Every row of every table of a schema, by table name, each table's rows in a stable order. */
export type SchemaSnapshot = Record<string, unknown[]>;

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  // postgres.js answers an array of rows, PGlite an object with `rows`.
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;
}

/**
 * Reads every table of a Postgres schema whole, so a test can prove that seeding again changes no row. The
 * seed-state table keeps only its dataset and checksum: when a seed was applied is expected to change.
 */
export async function snapshotSchema(handle: DatabaseHandle, schema: SubgraphSchema): Promise<SchemaSnapshot> {
  const tables = rowsOf(
    await handle.db.execute(sql`select table_name as "name" from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE' order by table_name`),
  ).map((row) => String(row.name));
  const snapshot: SchemaSnapshot = {};
  for (const table of tables) {
    const row = table === 'seed_state' ? sql`jsonb_build_object('dataset', t.dataset, 'checksum', t.checksum)` : sql`to_jsonb(t)`;
    const [result] = rowsOf(
      await handle.db.execute(
        sql`select coalesce(jsonb_agg(${row} order by ${row}::text), '[]'::jsonb)::text as "rows" from ${sql.identifier(schema)}.${sql.identifier(table)} as t`,
      ),
    );
    snapshot[table] = JSON.parse(String(result?.rows)) as unknown[];
  }
  return snapshot;
}
