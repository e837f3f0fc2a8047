import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createSubgraphService, loadSubgraphTypeDefs, type GraphQLService, type SubgraphServiceOptions } from '@cohesion/kit';
import { createSubgraphContext, type SubgraphContext } from './context';
import { resolvers } from './resolvers';
import { territories } from './resolvers/territories';

export const SUBGRAPH_NAME = '__level-name__';

/** The subgraph's SDL, the contract composed into the supergraph. */
export const typeDefs = loadSubgraphTypeDefs(path.join(__dirname, '..'));

export type CreateSubgraphOptions = SubgraphServiceOptions;

/** The __level-name__ subgraph as a service that never listens by itself; `bin/start.ts` or the hub boots it. */
export function createSubgraph(options: CreateSubgraphOptions): GraphQLService<SubgraphContext> {
  return createSubgraphService({ ...options, name: SUBGRAPH_NAME, typeDefs, resolvers, territories, buildSubgraphSchema, createContext: createSubgraphContext });
}
