export { createSubgraph, SUBGRAPH_NAME, typeDefs } from './subgraph';
export type { CreateSubgraphOptions } from './subgraph';
