/** One page of a cursor connection, as the connection resolvers read it. */
export type ConnectionPage<Node> = {
  nodes: Node[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The cursor of a node at `index` in this page. */
  cursorOf: (node: Node, index: number) => string;
  /** Counted only when `totalCount` is asked for. */
  countTotal: () => Promise<number>;
};

export type ConnectionEdge<Node> = { cursor: string; node: Node };

/** The resolvers every connection type shares: totalCount, nodes, edges and pageInfo. */
export function connectionResolvers<Node>() {
  return {
    totalCount: (page: ConnectionPage<Node>) => page.countTotal(),
    nodes: (page: ConnectionPage<Node>) => page.nodes,
    edges: (page: ConnectionPage<Node>): Array<ConnectionEdge<Node>> => page.nodes.map((node, index) => ({ cursor: page.cursorOf(node, index), node })),
    pageInfo: (page: ConnectionPage<Node>) => {
      const last = page.nodes.length - 1;
      return {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: last < 0 ? null : page.cursorOf(page.nodes[0] as Node, 0),
        endCursor: last < 0 ? null : page.cursorOf(page.nodes[last] as Node, last),
      };
    },
  };
}
