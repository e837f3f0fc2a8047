import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@cohesion/kit';
import { type KeysetPosition, type Ordering, type PageRequest } from '../data/keyset';
import { type Page } from '../data/rows';

const MAX_PAGE_SIZE = 200;

/** How a list pages: its cursor kind (one per list and order, so a cursor of another list or order is refused). */
export type Paging<Row> = { kind: string; ordering: Ordering<Row>; keyOf: (row: Row) => string };

function encodePosition<Row>(paging: Paging<Row>, row: Row): string {
  return encodeCursor(paging.kind, JSON.stringify([paging.ordering.valueOf(row), paging.keyOf(row)]));
}

function decodePosition(kind: string, cursor: string): KeysetPosition {
  const content = decodeCursor(kind, cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !(parsed[0] === null || typeof parsed[0] === 'string') || typeof parsed[1] !== 'string') {
    throw badUserInput('after', cursor, 'expected a cursor returned by this list (pageInfo.endCursor)');
  }
  return { value: parsed[0] as string | null, id: parsed[1] };
}

/** Checks `first` and `after` of a list and turns them into the data layer's page request. */
export function pageRequest<Row>(paging: Paging<Row>, args: { first?: number | null; after?: string | null }): PageRequest<Row> {
  return {
    ordering: paging.ordering,
    first: checkPageSize(args.first ?? 50, MAX_PAGE_SIZE),
    after: args.after ? decodePosition(paging.kind, args.after) : undefined,
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
    cursorOf: (row) => encodePosition(paging, row),
  };
}

/** The resolvers every connection type shares: totalCount, nodes, edges and pageInfo. */
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
