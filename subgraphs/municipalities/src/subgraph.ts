import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createSubgraphService, loadSubgraphTypeDefs, type GraphQLService, type SubgraphServiceOptions } from '@cohesion/kit';
import { createSubgraphContext, type SubgraphContext } from './context';
import { resolvers } from './resolvers';
import { territories } from './resolvers/territories';
import { type LivcrCellSource } from './data/rows';
import { writeTrail } from './mutations/run-mutation';

export const SUBGRAPH_NAME = 'municipalities';

/** The subgraph's SDL, the contract composed into the supergraph. */
export const typeDefs = loadSubgraphTypeDefs(path.join(__dirname, '..'));

export type CreateSubgraphOptions = SubgraphServiceOptions;

/** Personal data of this level: the coordinator's work contact. Every read of it is recorded in the audit log. */
const personalData = { 'LivcrCell.coordinator': (cell: LivcrCellSource) => cell.id };

/** The municipalities subgraph as a service that never listens by itself; `bin/start.ts` or the hub boots it. */
export function createSubgraph(options: CreateSubgraphOptions): GraphQLService<SubgraphContext> {
  return createSubgraphService({
    ...options,
    name: SUBGRAPH_NAME,
    typeDefs,
    resolvers,
    territories,
    writeTrail,
    personalData,
    buildSubgraphSchema,
    createContext: createSubgraphContext,
  });
}
