import { foldForSearch } from '@cohesion/db';
import { and, asc, eq, gt, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { type AnyPgColumn } from 'drizzle-orm/pg-core';

/** Where a page starts: the sort value and id of the last row of the previous page. */
export type KeysetPosition = { value: string | null; id: string };

/** One order of a list: a sort column (nulls last in both directions), then the row's key as tie-breaker. */
export type Ordering<Row> = {
  column: AnyPgColumn;
  direction: 'asc' | 'desc';
  /** The row's value of the sort column, as it goes into a cursor. */
  valueOf: (row: Row) => string | null;
};

/** What a page function needs besides the filters. */
export type PageRequest<Row> = { ordering: Ordering<Row>; first: number; after?: KeysetPosition | undefined };

/** ORDER BY of a keyset: the sort column with nulls last, then the key ascending. */
export function keysetOrder<Row>(ordering: Ordering<Row>, key: AnyPgColumn): SQL[] {
  const { column, direction } = ordering;
  return [direction === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`, asc(key)];
}

/** The rows strictly after `after` in the keyset's order (keyset paging: no OFFSET, stable under inserts). */
export function keysetAfter<Row>(ordering: Ordering<Row>, key: AnyPgColumn, after: KeysetPosition | undefined): SQL | undefined {
  if (!after) return undefined;
  const { column, direction } = ordering;
  if (after.value === null) return and(isNull(column), gt(key, after.id));
  const beyond = direction === 'asc' ? gt(column, after.value) : lt(column, after.value);
  return or(beyond, and(eq(column, after.value), gt(key, after.id)), isNull(column));
}

/** Splits the one extra row a page query reads off, which only says whether another page follows. */
export function pageOf<Row>(rows: Row[], first: number): { rows: Row[]; hasNextPage: boolean } {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Case- and accent-insensitive search in a folded search column; undefined (no condition) for a blank search. */
export function searchCondition(column: AnyPgColumn, search: string | undefined): SQL | undefined {
  const folded = search ? foldForSearch(search) : '';
  return folded ? like(column, `%${escapeLike(folded)}%`) : undefined;
}
