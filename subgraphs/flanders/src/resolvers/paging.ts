import { badUserInput, checkPageSize, decodeKeysetCursor, encodeKeysetCursor } from '@cohesion/kit';
import { type KeysetPosition, type SortSpec } from '../data/keyset';
import { type Page } from '../data/rows';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export type PageRequest<Row> = { sort: SortSpec<Row>; first: number; after: KeysetPosition | undefined; cursorOf: (row: Row) => string };

/**
 * Checks a list's paging arguments. Cursors hold the sort value and id of a row, and carry the list and
 * the order they belong to, so a cursor of another list or order is refused instead of misread.
 */
export function pageRequest<Row extends { id: string }>(
  collection: string,
  orderBy: string | null | undefined,
  orders: Record<string, SortSpec<Row>>,
  first: number | null | undefined,
  after: string | null | undefined,
): PageRequest<Row> {
  const order = orderBy ?? Object.keys(orders)[0];
  const sort = order ? orders[order] : undefined;
  if (!order || !sort) throw badUserInput('orderBy', orderBy, `expected one of ${Object.keys(orders).join(', ')}`);
  const kind = `flanders-${collection}-${order}`;
  const position = after !== null && after !== undefined ? decodeKeysetCursor(kind, after) : undefined;
  return {
    sort,
    first: checkPageSize(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    after: position,
    cursorOf: (row) => encodeKeysetCursor(kind, { value: sort.valueOf(row), id: row.id }),
  };
}

/** A connection's page: the rows, whether more follow, and a total counted only when asked for. */
export async function pageOf<Row>(
  request: PageRequest<Row>,
  fetch: () => Promise<{ rows: Row[]; hasNextPage: boolean }>,
  countTotal: () => Promise<number>,
): Promise<Page<Row>> {
  const { rows, hasNextPage } = await fetch();
  return { nodes: rows, hasNextPage, hasPreviousPage: request.after !== undefined, cursorOf: request.cursorOf, countTotal };
}
