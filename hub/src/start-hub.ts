import { createDatabase, LEVELS, SUBGRAPH_SCHEMAS, type DatabaseHandle, type DatabaseOptions } from '@cohesion/db';
import { createGateway, type CreateGatewayOptions, type Gateway } from '@cohesion/gateway';
import { listen, type Authentication, type ListeningServer, type Logger, type PrepareDatabase } from '@cohesion/kit';
import { loadSupergraph } from '@cohesion/schema';
import { loadLevelModule } from './level-modules';

export type StartHubOptions = {
  /** An open database (tests), or how to open one; embedded PGlite in memory by default. */
  database?: DatabaseHandle | DatabaseOptions;
  /** Readies the database before the services start: kit's `databasePreparation(NODE_ENV)`. */
  prepareDatabase: PrepareDatabase;
  logger: Logger;
  development: boolean;
  /** How every subgraph and the gateway verify bearer tokens. */
  authentication: Authentication;
  host?: string;
  /** Gateway port; 0 picks a free one. Subgraphs always take free ports on `host`. */
  port?: number;
  corsOrigins?: string[];
  supergraphSdl?: string;
  /** Gateway settings beyond the above: authorisation mode, limits, service token, rate limit, timeouts, operations access. */
  gateway?: Pick<
    CreateGatewayOptions,
    'authorizationMode' | 'limits' | 'serviceToken' | 'rateLimit' | 'resilience' | 'operations' | 'trustProxy' | 'trustedDocuments' | 'responseCache' | 'deduplicateSubgraphFetches'
  >;
};

export type RunningHub = {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  gateway: ListeningServer;
  /** The gateway's `/metrics` and `/ready` for a port of their own (METRICS_PORT); not listening by itself. */
  operationsApp: Gateway['operationsApp'];
  subgraphUrls: Record<string, string>;
  database: DatabaseHandle;
  close(): Promise<void>;
};

function isHandle(database: StartHubOptions['database']): database is DatabaseHandle {
  return typeof database === 'object' && 'db' in database;
}

export type StartSubgraphsOptions = Pick<StartHubOptions, 'database' | 'prepareDatabase' | 'logger' | 'development' | 'authentication' | 'host'>;

export type RunningSubgraphs = {
  /** Each subgraph's GraphQL endpoint on loopback, by name. */
  subgraphUrls: Record<string, string>;
  database: DatabaseHandle;
  /** Stops the subgraphs, then closes the database if it was opened here. */
  close(): Promise<void>;
};

/**
 * Opens and readies the database and starts every subgraph on a free port of `host`: the part of the hub that owns the
 * data folder, which only one process may (embedded PGlite). `startHub` puts the gateway in front in the same process;
 * the hub's start with WORKERS > 1 runs this in the cluster's primary and the gateway in each worker.
 */
export async function startSubgraphs(options: StartSubgraphsOptions): Promise<RunningSubgraphs> {
  const host = options.host ?? '127.0.0.1';
  const ownsDatabase = !isHandle(options.database);
  const database = isHandle(options.database) ? options.database : await createDatabase(options.database ?? {});
  const stack: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const step of stack.reverse()) await step();
    if (ownsDatabase) await database.close();
  };
  try {
    await options.prepareDatabase(database, SUBGRAPH_SCHEMAS);
    const subgraphUrls: Record<string, string> = {};
    for (const level of LEVELS) {
      const module = loadLevelModule(level);
      const logger = options.logger.child({ service: level.name });
      const service = module.createSubgraph({ db: database.db, logger, development: options.development, authentication: options.authentication });
      await service.start();
      stack.push(() => service.stop());
      const server = await listen(service.app, { port: 0, host });
      stack.push(() => server.close());
      subgraphUrls[level.name] = `${server.url}/graphql`;
    }
    return { subgraphUrls, database, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Every subgraph and the gateway in one process, talking real HTTP over loopback: what `npm start` runs
 * and what end-to-end tests start. In production each runs as its own process instead.
 */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const subgraphs = await startSubgraphs(options);
  const stack: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const step of stack.reverse()) await step();
    await subgraphs.close();
  };
  try {
    const gateway = createGateway({
      supergraphSdl: options.supergraphSdl ?? loadSupergraph(),
      subgraphUrls: subgraphs.subgraphUrls,
      logger: options.logger.child({ service: 'gateway' }),
      development: options.development,
      corsOrigins: options.corsOrigins ?? [],
      authentication: options.authentication,
      ...options.gateway,
    });
    await gateway.start();
    stack.push(() => gateway.stop());
    const server = await listen(gateway.app, { port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
    stack.push(() => server.close());
    return { url: `${server.url}/graphql`, gateway: server, operationsApp: gateway.operationsApp, subgraphUrls: subgraphs.subgraphUrls, database: subgraphs.database, close };
  } catch (error) {
    await close();
    throw error;
  }
}
