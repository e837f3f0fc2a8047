import { type Database, foldForSearch } from '@cohesion/db';
import { and, count, eq, gt, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

/** The sort column of a list and its direction; nulls come last and the id breaks ties. */
export type SortColumn = { column: PgColumn; direction: 'asc' | 'desc' };

/** How a list is ordered, and how to read a row's sort value for its cursor. */
export type SortSpec<Row> = SortColumn & { valueOf: (row: Row) => string | null };

/** Where the previous page ended: the sort value and id of its last row (what a cursor holds). */
export type KeysetPosition = { value: string | null; id: string };

/**
 * Rows strictly after `after` in the order (sort column nulls last, then id): keyset paging, so a page
 * costs the same wherever it starts and rows are never skipped or repeated.
 */
export function afterPosition(sort: SortColumn, id: PgColumn, after: KeysetPosition | undefined): SQL | undefined {
  if (!after) return undefined;
  if (after.value === null) return and(isNull(sort.column), gt(id, after.id));
  const beyond = sort.direction === 'asc' ? gt(sort.column, after.value) : lt(sort.column, after.value);
  return or(beyond, and(eq(sort.column, after.value), gt(id, after.id)), isNull(sort.column));
}

export function keysetOrder(sort: SortColumn, id: PgColumn): SQL[] {
  // drizzle's asc()/desc() cannot say NULLS LAST, which undated rows need in both directions.
  return [sql`${sort.column} ${sql.raw(sort.direction === 'asc' ? 'asc' : 'desc')} nulls last`, sql`${id} asc`];
}

/** Pages read one row more than asked, to know whether another page follows. */
export function sliceRows<Row>(rows: Row[], first: number): { rows: Row[]; hasNextPage: boolean } {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Case- and accent-insensitive search in a folded search-text column. */
export function searchCondition(column: PgColumn, search: string | undefined): SQL | undefined {
  const folded = search ? foldForSearch(search) : '';
  return folded ? like(column, `%${escapeLike(folded)}%`) : undefined;
}

/** Whether a jsonb array column holds a value (`@>`; drizzle has no jsonb containment operator). */
export function jsonbContains(column: PgColumn, value: unknown): SQL {
  return sql`${column} @> ${JSON.stringify([value])}::jsonb`;
}

export async function countRows(db: Database, table: PgTable, where: SQL | undefined): Promise<number> {
  const [result] = await db.select({ total: count() }).from(table).where(where);
  return result?.total ?? 0;
}
