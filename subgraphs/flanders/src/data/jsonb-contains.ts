import { sql, type SQL } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';

/** Whether a jsonb array column holds a value (`@>`; drizzle has no jsonb containment operator). */
export function jsonbContains(column: PgColumn, value: unknown): SQL {
  return sql`${column} @> ${JSON.stringify([value])}::jsonb`;
}
