import { sql, type SQL } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = any($1)`, the values sent as one array parameter: what loaders and list filters use instead of drizzle's
 * `inArray`, which writes `in ($1, $2, …)` with a parameter per value. Drizzle builds each parameter of a statement on
 * every request (about 12 µs apiece), and the statement's text changed with the number of keys, so the server and
 * postgres.js prepared it again for every batch size; here a batch of 600 keys builds and prepares like a batch of 1.
 * Like `inArray`, no values match no row. The values must already be what the column stores (no driver mapping).
 */
export function equalsAny<Column extends PgColumn>(column: Column, values: ReadonlyArray<Column['_']['data']>): SQL {
  return sql`${column} = any(${sql.param(values)})`;
}
