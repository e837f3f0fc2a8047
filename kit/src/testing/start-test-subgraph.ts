import { type Database, type DatabaseHandle, type SubgraphSchema } from '@cohesion/db';
import { prepareDatabase } from '@cohesion/db/seed';
import { createTestDatabase } from '@cohesion/db/testing';
import { type GraphQLFormattedError } from 'graphql';
import { createDevelopmentAuthentication, type Identity } from '../authorization';
import { type GraphQLService } from '../graphql-service';
import { createLogger, type Logger } from '../logger';
import { type RequestContextInput } from '../request-context';
import { type SubgraphServiceOptions } from '../subgraph-service';

/** Who asks, for one operation of a test. */
export type TestRequest = { identity?: Identity | null | undefined; acceptLanguage?: string | undefined; idempotencyKey?: string | undefined };

/** An operation's result, with the SQL statements it cost. */
export type TestOperationResult<Data = Record<string, unknown>> = {
  data?: Data | null;
  errors?: ReadonlyArray<GraphQLFormattedError>;
  /** Statements sent to the database while the operation ran: the measure of batching (no N+1). */
  statements: number;
};

export type TestSubgraph = {
  /** The test file's own database, migrated and seeded for the subgraph. */
  database: DatabaseHandle;
  /** Runs an operation through Apollo Server (`executeOperation`) with a fresh request context. */
  execute<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, request?: TestRequest): Promise<TestOperationResult<Data>>;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
};

export type StartTestSubgraphOptions<TContext extends object> = {
  /** The Postgres schemas to migrate and seed. */
  schemas: readonly SubgraphSchema[];
  createSubgraph: (options: SubgraphServiceOptions) => GraphQLService<TContext>;
  /** The subgraph's context factory, as its HTTP layer uses it. */
  createContext: (db: Database, logger: Logger, request: RequestContextInput) => TContext;
  /** A Postgres server for the throw-away database; DATABASE_URL by default, in-memory PGlite without it. */
  databaseUrl?: string | undefined;
};

/**
 * One subgraph for one test file, without HTTP: a fresh prepared database (db/src/testing), the subgraph in
 * production mode, and operations run through Apollo Server as the HTTP layer would.
 */
export async function startTestSubgraph<TContext extends object>(options: StartTestSubgraphOptions<TContext>): Promise<TestSubgraph> {
  const logger = createLogger({ service: 'test', level: 'silent' });
  const database = await createTestDatabase({ url: 'databaseUrl' in options ? options.databaseUrl : process.env.DATABASE_URL });
  let subgraph: GraphQLService<TContext>;
  try {
    await prepareDatabase(database, options.schemas);
    subgraph = options.createSubgraph({ db: database.db, logger, development: false, authentication: createDevelopmentAuthentication() });
    await subgraph.start();
  } catch (error) {
    // The test file gets no handle to stop when set-up fails: close the database here, or its pool (or PGlite's
    // timer) keeps the test worker alive.
    await database.close();
    throw error;
  }
  return {
    database,
    async execute<Data>(query: string, variables?: Record<string, unknown>, request: TestRequest = {}) {
      const contextValue = options.createContext(database.db, logger, { requestId: 'test', ...request });
      const before = database.statementCount();
      const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data as Data | null | undefined, errors, statements: database.statementCount() - before };
    },
    async stop() {
      await subgraph.stop();
      await database.close();
    },
  };
}
export * from './mutation-tester';
