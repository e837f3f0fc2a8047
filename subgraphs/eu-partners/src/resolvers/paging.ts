import { checkPageSize, decodeKeysetCursor, encodeKeysetCursor } from '@cohesion/kit';
import { type Ordering, type PageRequest } from '../data/keyset';
import { type Page } from '../data/rows';

const MAX_PAGE_SIZE = 200;

/** How a list pages: its cursor kind (one per list and order, so a cursor of another list or order is refused). */
export type Paging<Row> = { kind: string; ordering: Ordering<Row>; keyOf: (row: Row) => string };

/** Checks `first` and `after` of a list and turns them into the data layer's page request. */
export function pageRequest<Row>(paging: Paging<Row>, args: { first?: number | null; after?: string | null }): PageRequest<Row> {
  return {
    ordering: paging.ordering,
    first: checkPageSize(args.first ?? 50, MAX_PAGE_SIZE),
    after: args.after ? decodeKeysetCursor(paging.kind, args.after) : undefined,
  };
}

/** A connection's page from the rows a page function returned; the total is counted only when asked for. */
export function pageOf<Row>(
  paging: Paging<Row>,
  request: PageRequest<Row>,
  result: { rows: Row[]; hasNextPage: boolean },
  countTotal: () => Promise<number>,
): Page<Row> {
  return {
    nodes: result.rows,
    hasNextPage: result.hasNextPage,
    hasPreviousPage: request.after !== undefined,
    countTotal,
    cursorOf: (row) => encodeKeysetCursor(paging.kind, { value: paging.ordering.valueOf(row), id: paging.keyOf(row) }),
  };
}
