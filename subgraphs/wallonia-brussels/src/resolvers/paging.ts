import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@cohesion/kit';
import { type KeysetPosition, type Page } from '../data/rows';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** The page size argument, checked against 1..200. */
export function pageSize(first: number | null | undefined): number {
  return checkPageSize(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/**
 * Keyset cursors carry the sort value and id of a row; their kind names the list and its order, so that a
 * cursor of another list or order is refused rather than silently misread.
 */
export function encodeKeysetCursor(kind: string, position: KeysetPosition): string {
  return encodeCursor(kind, JSON.stringify([position.sortValue, position.id]));
}

export function decodeKeysetCursor(kind: string, cursor: string | null | undefined): KeysetPosition | undefined {
  if (!cursor) return undefined;
  const decoded = decodeCursor(kind, cursor);
  try {
    const value: unknown = JSON.parse(decoded);
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { sortValue: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', cursor, 'expected a cursor returned by this list (pageInfo.endCursor)');
}

/** A page of a keyset list, with each row's cursor; the extra `sortValue` column stays out of the nodes. */
export function keysetPage<Row extends { id: string }>(
  kind: string,
  result: { rows: Array<Row & { sortValue: string }>; hasNextPage: boolean },
  after: KeysetPosition | undefined,
  countTotal: () => Promise<number>,
): Page<Row> {
  return {
    edges: result.rows.map(({ sortValue, ...node }) => ({
      cursor: encodeKeysetCursor(kind, { sortValue, id: node.id }),
      node: node as unknown as Row,
    })),
    hasNextPage: result.hasNextPage,
    hasPreviousPage: after !== undefined,
    countTotal,
  };
}

/** A page of a list ordered by NIS code, whose cursor is the NIS code. */
export function nisPage<Row extends { municipalityNis: string }>(
  kind: string,
  result: { rows: Row[]; hasNextPage: boolean },
  afterNis: string | undefined,
  countTotal: () => Promise<number>,
): Page<Row> {
  return {
    edges: result.rows.map((node) => ({ cursor: encodeCursor(kind, node.municipalityNis), node })),
    hasNextPage: result.hasNextPage,
    hasPreviousPage: afterNis !== undefined,
    countTotal,
  };
}

/** The resolvers every connection type shares. */
export const connectionResolvers = {
  totalCount: <Row>(page: Page<Row>) => page.countTotal(),
  nodes: <Row>(page: Page<Row>) => page.edges.map((edge) => edge.node),
  edges: <Row>(page: Page<Row>) => page.edges,
  pageInfo: <Row>(page: Page<Row>) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.edges[0]?.cursor ?? null,
    endCursor: page.edges.at(-1)?.cursor ?? null,
  }),
};
