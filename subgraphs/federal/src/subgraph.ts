import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type Database } from '@cohesion/db';
import { createGraphQLService, loadSubgraphTypeDefs, type GraphQLService, type Logger } from '@cohesion/kit';
import { createSubgraphContext, type SubgraphContext } from './context';
import { resolvers } from './resolvers';

export const SUBGRAPH_NAME = 'federal';

/** The subgraph's SDL, the contract composed into the supergraph. */
export const typeDefs = loadSubgraphTypeDefs(path.join(__dirname, '..'));

export type CreateSubgraphOptions = {
  db: Database;
  logger: Logger;
  development: boolean;
};

/** The federal subgraph as a service that never listens by itself; `bin/start.ts` boots it. */
export function createSubgraph({ db, logger, development }: CreateSubgraphOptions): GraphQLService<SubgraphContext> {
  return createGraphQLService<SubgraphContext>({
    name: SUBGRAPH_NAME,
    logger,
    development,
    // Resolver types come from codegen; buildSubgraphSchema wants its own resolver map type.
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    // kit verifies the bearer token and hands over the caller (null when anonymous); resolvers check jurisdiction.
    context: async ({ req, requestId, identity }) =>
      createSubgraphContext(db, logger, { acceptLanguage: req.headers['accept-language'], requestId, identity }),
  });
}
