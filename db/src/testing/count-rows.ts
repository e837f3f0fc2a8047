import { sql } from 'drizzle-orm';
import { type DatabaseHandle } from '../client';
import { type SubgraphSchema } from '../levels';

/** The rows of one table, and how many of them are generated illustration data (`source_kind` SAMPLE). */
export type TableRowCount = { rows: number; sample: number };

/** Rows of a raw query, whichever driver answered (postgres.js gives an array, PGlite `{ rows }`). */
function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as Row[];
}

/** Every table of the given level schemas, by `schema.table`, with its row count and SAMPLE row count. */
export async function countRowsByTable(
  database: DatabaseHandle,
  schemas: readonly SubgraphSchema[],
): Promise<Record<string, TableRowCount>> {
  const tables = rowsOf<{ schema: string; table: string; hasProvenance: boolean }>(
    await database.db.execute(sql`
      select table_schema as "schema", table_name as "table", bool_or(column_name = 'source_kind') as "hasProvenance"
      from information_schema.columns
      where table_schema in (${sql.join(
        schemas.map((schema) => sql`${schema}`),
        sql`, `,
      )})
      group by table_schema, table_name order by 1, 2`),
  );
  const counts: Record<string, TableRowCount> = {};
  for (const { schema, table, hasProvenance } of tables) {
    const name = sql.raw(`"${schema}"."${table}"`);
    const [row] = rowsOf<{ rows: number; sample: number }>(
      await database.db.execute(
        hasProvenance
          ? sql`select count(*)::int as rows, count(*) filter (where source_kind = 'SAMPLE')::int as sample from ${name}`
          : sql`select count(*)::int as rows, 0 as sample from ${name}`,
      ),
    );
    counts[`${schema}.${table}`] = { rows: Number(row?.rows ?? 0), sample: Number(row?.sample ?? 0) };
  }
  return counts;
}
