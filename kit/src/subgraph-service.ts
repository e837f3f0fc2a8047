import { type BaseContext } from '@apollo/server';
import { pingDatabase, type Database } from '@cohesion/db';
import { type DocumentNode, type GraphQLSchema } from 'graphql';
import { type Authentication } from './authorization';
import { createGraphQLService, type GraphQLService } from './graphql-service';
import { type PersonalDataDeclarations, type SchemaTerritories } from './authorization';
import { type WriteTrailTables } from './mutations/mutation-runner';
import { createPersonalDataReadRecorder } from './mutations/personal-data-reads';
import { type Logger } from './logger';
import { type RequestContextInput } from './request-context';

/** What the hub, a subgraph's own process and tests hand to a subgraph's `createSubgraph`. */
export type SubgraphServiceOptions = {
  db: Database;
  logger: Logger;
  /** Development unlocks introspection, detailed errors and the GraphiQL page. */
  development: boolean;
  /** How bearer tokens are verified; the entry point builds it from its parsed AUTH_* variables. */
  authentication: Authentication;
};

export type CreateSubgraphServiceOptions<TContext extends BaseContext> = SubgraphServiceOptions & {
  /** The subgraph's name, as in its folder, the supergraph and its URL. */
  name: string;
  /** The subgraph's SDL, from `loadSubgraphTypeDefs`. */
  typeDefs: DocumentNode;
  /** The resolver map, typed by the subgraph's codegen. */
  resolvers: object;
  /**
   * `buildSubgraphSchema` of `@apollo/subgraph`, handed in by the subgraph, which depends on that package
   * (kit does not).
   */
  buildSubgraphSchema: (module: { typeDefs: DocumentNode; resolvers: never }) => GraphQLSchema;
  /**
   * Where the records of each type with a protected field belong (`TerritoryDeclarations`): kit applies the SDL's
   * requirement and this jurisdiction rule to every protected field, and refuses to start on a protected type
   * missing here.
   */
  territories: SchemaTerritories;
  /** The level's audit log and idempotency tables: reads of `personalData` fields are recorded in its audit log. */
  writeTrail?: WriteTrailTables;
  /**
   * The level's personal-data fields by coordinate, each with its record's id (`PersonalDataDeclarations`): every
   * allowed read appends a PERSONAL_DATA_READ audit row. Needs `writeTrail`.
   */
  personalData?: PersonalDataDeclarations;
  /** Builds one request's context; the same function tests give to `executeOperation`. */
  createContext: (db: Database, logger: Logger, request: RequestContextInput) => TContext;
};

/**
 * A subgraph as a service that never listens by itself: its schema built from the SDL and resolvers, and a
 * fresh context per request (the caller verified by kit, `null` when anonymous; the language from
 * Accept-Language).
 */
export function createSubgraphService<TContext extends BaseContext>(options: CreateSubgraphServiceOptions<TContext>): GraphQLService<TContext> {
  const { db, logger, createContext } = options;
  return createGraphQLService<TContext>({
    name: options.name,
    logger,
    development: options.development,
    authentication: options.authentication,
    // Resolver types come from codegen; buildSubgraphSchema wants its own resolver map type.
    schema: options.buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as never }),
    territories: options.territories,
    ...(options.personalData ? { personalData: options.personalData } : {}),
    ...(options.writeTrail ? { recordPersonalDataRead: createPersonalDataReadRecorder(options.writeTrail.auditLog) } : {}),
    context: async ({ req, requestId, identity }) =>
      createContext(db, logger, {
        acceptLanguage: req.headers['accept-language'],
        requestId,
        identity,
        ...(typeof req.headers['idempotency-key'] === 'string' ? { idempotencyKey: req.headers['idempotency-key'] } : {}),
      }),
    // Without its database every field of the subgraph fails: not ready until it answers again.
    isReady: async () => {
      const database = await pingDatabase(db);
      return { ready: database === 'up', details: { database } };
    },
  });
}

