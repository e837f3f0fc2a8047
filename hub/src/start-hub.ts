import { type RequestListener } from 'node:http';
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

export type StartSubgraphsOptions = Pick<StartHubOptions, 'database' | 'prepareDatabase' | 'logger' | 'development' | 'authentication' | 'host'> & {
  /**
   * Work to do while the database opens, given the subgraphs' URLs (listening already; each answers 503 until its
   * subgraph runs). Opening a new PGlite data folder initialises it in a worker thread for seconds, leaving this
   * thread idle: the hub builds its gateway meanwhile.
   */
  whileDatabaseOpens?: (subgraphUrls: Record<string, string>) => Promise<void>;
};

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
  let database: DatabaseHandle | undefined = isHandle(options.database) ? options.database : undefined;
  const stack: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const step of stack.reverse()) await step();
    if (ownsDatabase) await database?.close();
  };
  try {
    // Listening first, so that the URLs are known before the database is open; a request before its subgraph runs gets 503.
    const apps = new Map<string, RequestListener>();
    const subgraphUrls: Record<string, string> = {};
    for (const level of LEVELS) {
      const server = await listen((req, res) => {
        const app = apps.get(level.name);
        if (app) app(req, res);
        else res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' }).end(`The ${level.name} subgraph is starting.`);
      }, { port: 0, host });
      stack.push(() => server.close());
      subgraphUrls[level.name] = `${server.url}/graphql`;
    }
    const opening = database ? Promise.resolve(database) : createDatabase((options.database as DatabaseOptions | undefined) ?? {});
    // While a new data folder is initialised (a worker thread), this thread loads the subgraphs' code and does the caller's work.
    const modules = LEVELS.map((level) => ({ level, module: loadLevelModule(level) }));
    const [opened, meanwhile] = await Promise.allSettled([opening, options.whileDatabaseOpens?.(subgraphUrls)]);
    if (opened.status === 'fulfilled') database = opened.value;
    if (opened.status === 'rejected') throw opened.reason;
    if (meanwhile.status === 'rejected') throw meanwhile.reason;
    const open = opened.value;
    await options.prepareDatabase(open, SUBGRAPH_SCHEMAS);
    for (const { level, module } of modules) {
      const logger = options.logger.child({ service: level.name });
      const service = module.createSubgraph({ db: open.db, logger, development: options.development, authentication: options.authentication });
      await service.start();
      stack.push(() => service.stop());
      apps.set(level.name, service.app);
    }
    return { subgraphUrls, database: open, close };
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
  const stack: Array<() => Promise<void>> = [];
  let subgraphs: RunningSubgraphs | undefined;
  const close = async () => {
    for (const step of stack.reverse()) await step();
    await subgraphs?.close();
  };
  try {
    let gateway: Gateway | undefined;
    subgraphs = await startSubgraphs({
      ...options,
      whileDatabaseOpens: async (subgraphUrls) => {
        const starting = createGateway({
          supergraphSdl: options.supergraphSdl ?? loadSupergraph(),
          subgraphUrls,
          logger: options.logger.child({ service: 'gateway' }),
          development: options.development,
          corsOrigins: options.corsOrigins ?? [],
          authentication: options.authentication,
          ...options.gateway,
        });
        await starting.start();
        stack.push(() => starting.stop());
        gateway = starting;
      },
    });
    if (!gateway) throw new Error('the gateway did not start');
    const server = await listen(gateway.app, { port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
    stack.push(() => server.close());
    return { url: `${server.url}/graphql`, gateway: server, operationsApp: gateway.operationsApp, subgraphUrls: subgraphs.subgraphUrls, database: subgraphs.database, close };
  } catch (error) {
    await close();
    throw error;
  }
}
