import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@cohesion/kit';
import { type KeysetPosition, type SortSpec } from '../data/keyset';
import { type Page } from '../data/rows';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export type PageRequest<Row> = { sort: SortSpec<Row>; first: number; after: KeysetPosition | undefined; cursorOf: (row: Row) => string };

function isPosition(value: unknown): value is [string | null, string] {
  return Array.isArray(value) && value.length === 2 && (value[0] === null || typeof value[0] === 'string') && typeof value[1] === 'string';
}

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
  let position: KeysetPosition | undefined;
  if (after !== null && after !== undefined) {
    const decoded = decodeCursor(kind, after);
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded);
    } catch {
      parsed = undefined;
    }
    if (!isPosition(parsed)) throw badUserInput('after', after, 'expected a cursor returned by this list (pageInfo.endCursor)');
    position = { value: parsed[0], id: parsed[1] };
  }
  return {
    sort,
    first: checkPageSize(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    after: position,
    cursorOf: (row) => encodeCursor(kind, JSON.stringify([sort.valueOf(row), row.id])),
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

/** The resolvers every connection type shares. */
export function connectionResolvers<Row>() {
  return {
    totalCount: (page: Page<Row>) => page.countTotal(),
    nodes: (page: Page<Row>) => page.nodes,
    edges: (page: Page<Row>) => page.nodes.map((node) => ({ cursor: page.cursorOf(node), node })),
    pageInfo: (page: Page<Row>) => {
      const first = page.nodes[0];
      const last = page.nodes.at(-1);
      return {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: first === undefined ? null : page.cursorOf(first),
        endCursor: last === undefined ? null : page.cursorOf(last),
      };
    },
  };
}
