import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@cohesion/kit';
import { type Page, type PageWindow } from '../data/rows';

/** Page sizes of every federal list: 1 to 200, 50 by default. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The window a `first`/`after` pair asks for. Cursors carry the position in the ordered list and name the list
 * and its order, so a cursor of one list or order is refused by another. The seeded lists do not change while a
 * client pages through them, so positions are stable.
 */
export function pageWindow(cursorKind: string, first: number | null | undefined, after: string | null | undefined): PageWindow {
  const limit = checkPageSize(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (!after) return { limit, offset: 0 };
  const position = decodeCursor(cursorKind, after);
  if (!/^\d{1,9}$/.test(position)) throw badUserInput('after', after, 'expected a cursor returned by this list (pageInfo.endCursor)');
  return { limit, offset: Number(position) + 1 };
}

/**
 * A page of rows as the connection types resolve it; a cursor is the node's position in the whole ordered list.
 * `countTotal` runs only when `totalCount` is asked for.
 */
export function toPage<Row>(
  cursorKind: string,
  window: PageWindow,
  result: { rows: Row[]; hasNextPage: boolean },
  countTotal: () => Promise<number>,
): Page<Row> {
  return {
    nodes: result.rows,
    hasNextPage: result.hasNextPage,
    hasPreviousPage: window.offset > 0,
    cursorOf: (_node, index) => encodeCursor(cursorKind, String(window.offset + index)),
    countTotal,
  };
}
