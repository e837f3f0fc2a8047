import { and, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';

/**
 * Whether a record with inclusive validity dates (`to` null while it lasts) is valid on `at`. Dates are ISO
 * strings or a column/SQL date, so the same condition serves one date and a series of dates.
 */
export function validAt(from: PgColumn, to: PgColumn, at: string | SQL): SQL {
  return and(lte(from, at), or(isNull(to), gte(to, at))) as SQL;
}
