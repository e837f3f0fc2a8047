import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type Database } from '@cohesion/db';
import { createGraphQLService, loadSubgraphTypeDefs, type GraphQLService, type Logger } from '@cohesion/kit';
import { createSubgraphContext, type SubgraphContext } from './context';
import { resolvers } from './resolvers';

export const SUBGRAPH_NAME = 'flanders';

/** The subgraph's SDL, the contract composed into the supergraph. */
export const typeDefs = loadSubgraphTypeDefs(path.join(__dirname, '..'));

export type CreateSubgraphOptions = {
  db: Database;
  logger: Logger;
  development: boolean;
};

/** The flanders subgraph as a service that never listens by itself; `bin/start.ts` boots it. */
export function createSubgraph({ db, logger, development }: CreateSubgraphOptions): GraphQLService<SubgraphContext> {
  return createGraphQLService<SubgraphContext>({
    name: SUBGRAPH_NAME,
    logger,
    development,
    // Resolver types come from codegen; buildSubgraphSchema wants its own resolver map type.
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    context: async (args) =>
      createSubgraphContext(db, logger, {
        acceptLanguage: args.req.headers['accept-language'],
        requestId: args.requestId,
        // Verified by kit from the bearer token; null for anonymous callers.
        identity: args.identity,
      }),
  });
}
