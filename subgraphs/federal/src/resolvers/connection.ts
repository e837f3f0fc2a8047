import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@cohesion/kit';
import { type EdgeSource, type Page, type PageWindow } from '../data/rows';

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

/** A page of rows as the connection types resolve it; `countTotal` runs only when `totalCount` is asked for. */
export function toPage<Row>(
  cursorKind: string,
  window: PageWindow,
  result: { rows: Row[]; hasNextPage: boolean },
  countTotal: () => Promise<number>,
): Page<Row> {
  return { nodes: result.rows, offset: window.offset, hasNextPage: result.hasNextPage, cursorKind, countTotal };
}

function cursorAt<Row>(page: Page<Row>, index: number): string {
  return encodeCursor(page.cursorKind, String(page.offset + index));
}

/** The fields every connection type has, for rows of any kind. */
export function connectionResolvers<Row>() {
  return {
    totalCount: (page: Page<Row>) => page.countTotal(),
    nodes: (page: Page<Row>) => page.nodes,
    edges: (page: Page<Row>): Array<EdgeSource<Row>> => page.nodes.map((node, index) => ({ cursor: cursorAt(page, index), node })),
    pageInfo: (page: Page<Row>) => ({
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: page.nodes.length > 0 ? cursorAt(page, 0) : null,
      endCursor: page.nodes.length > 0 ? cursorAt(page, page.nodes.length - 1) : null,
    }),
  };
}
