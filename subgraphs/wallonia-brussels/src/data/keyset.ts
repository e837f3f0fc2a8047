import { foldForSearch } from '@cohesion/db';
import { and, asc, desc, eq, gt, like, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { type KeysetPosition } from './rows';

/**
 * How a list is ordered for keyset paging: a text sort key (compared byte-wise, `collate "C"`, so that PGlite and
 * a Postgres server with another default collation page identically) and the id as tie-breaker.
 */
export type KeysetOrder = { sortKey: SQL<string>; id: AnyColumn; direction: 'asc' | 'desc' };

/** A sort key from a text column; callers store it folded (lower case, no accents), so byte order reads naturally. */
export function textSortKey(column: AnyColumn): SQL<string> {
  return sql<string>`${column} collate "C"`;
}

/** A sort key from a nullable date column, with undated rows last in either direction. */
export function dateSortKey(column: AnyColumn, direction: 'asc' | 'desc'): SQL<string> {
  return sql<string>`coalesce(${column}::text, ${direction === 'asc' ? '9999-12-31' : '0000-01-01'}) collate "C"`;
}

export function keysetOrderBy(order: KeysetOrder): SQL[] {
  return [order.direction === 'asc' ? asc(order.sortKey) : desc(order.sortKey), asc(order.id)];
}

/** The rows strictly after a position in the given order. */
export function keysetAfter(order: KeysetOrder, after: KeysetPosition | undefined): SQL | undefined {
  if (!after) return undefined;
  const beyond = order.direction === 'asc' ? gt(order.sortKey, after.sortValue) : lt(order.sortKey, after.sortValue);
  return or(beyond, and(eq(order.sortKey, after.sortValue), gt(order.id, after.id)));
}

/** Splits the one extra row a page query reads into the `hasNextPage` flag. */
export function limitPage<Row>(rows: Row[], first: number): { rows: Row[]; hasNextPage: boolean } {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Case- and accent-insensitive search in a column written with `foldForSearch`. */
export function searchCondition(column: AnyColumn, search: string | undefined): SQL | undefined {
  const folded = search ? foldForSearch(search) : '';
  return folded ? like(column, `%${escapeLike(folded)}%`) : undefined;
}

/** What every page query takes besides its filter. */
export type PageArguments<Order extends string> = { orderBy: Order; first: number; after?: KeysetPosition | undefined };
