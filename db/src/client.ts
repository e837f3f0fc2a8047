import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { type Logger as DrizzleLogger } from 'drizzle-orm/logger';
import postgres from 'postgres';
import { tracePgliteStatements, traceStatements } from './statement-tracing';

/** The one database type every subgraph's data functions take, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** How TypeScript's camelCase column keys become SQL names; a query built without a client must use the same. */
export const DATABASE_CASING = 'snake_case';

export type DatabaseOptions =
  /** A Postgres server, through postgres.js. */
  | {
      url: string;
      maxConnections?: number;
      /** Give up opening a connection after this long (DATABASE_CONNECT_TIMEOUT_SECONDS); 5 s by default. */
      connectTimeoutSeconds?: number;
      /** The server cancels any statement running longer (`statement_timeout`, DATABASE_STATEMENT_TIMEOUT_MS); none by default. */
      statementTimeoutMs?: number;
    }
  /** Embedded Postgres (PGlite), in a folder, or in memory when `dataDir` is omitted. */
  | { dataDir?: string };

export type DatabaseHandle = {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** Statements sent since the handle was made; tests use it to prove the absence of N+1 queries. */
  statementCount(): number;
  /** Runs raw SQL (several statements allowed); used by migrations and test set-up. */
  execute(sql: string): Promise<void>;
  close(): Promise<void>;
};

/** How long opening a connection may take before a query fails, unless configured: a request never waits for it longer. */
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

/**
 * Opens the hub's database: postgres.js when a `url` is given (DATABASE_URL), embedded PGlite otherwise.
 * Both go through drizzle-orm, so every query and migration runs the same code path (DESIGN.md principle 9).
 */
export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  let statements = 0;
  const logger: DrizzleLogger = {
    logQuery() {
      statements += 1;
    },
  };
  if ('url' in options) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => undefined,
      // postgres.js waits 30 s for a connection by default: while the server is down or restarting, a request would
      // hang that long instead of failing with DATABASE_UNAVAILABLE (isDatabaseUnavailableError).
      connect_timeout: options.connectTimeoutSeconds ?? DEFAULT_CONNECT_TIMEOUT_SECONDS,
      connection: {
        application_name: 'cohesion-hub',
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    // One OpenTelemetry span per statement of a traced request (statement-tracing.ts); nothing without tracing.
    const db = drizzlePostgres(traceStatements(client), { logger, casing: DATABASE_CASING }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      statementCount: () => statements,
      execute: async (sql) => {
        await client.unsafe(sql);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const client = options.dataDir ? await openPgliteFolder(options.dataDir) : await PGlite.create();
  const db = drizzlePglite(tracePgliteStatements(client), { logger, casing: DATABASE_CASING }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    statementCount: () => statements,
    execute: async (sql) => {
      await client.exec(sql);
    },
    close: () => client.close(),
  };
}

/**
 * PGlite on a data folder. A new folder is initialised first (initdb, which PGlite runs in WebAssembly): done in the
 * process itself, that leaves it holding some 430 MB of WebAssembly memory that nothing collects promptly, so a
 * worker thread initialises the folder and ends, which frees all of it, and this process opens the folder as it would
 * any initialised one (a fraction of a second).
 */
async function openPgliteFolder(dataDir: string): Promise<PGlite> {
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       require(workerData.pglite).PGlite.create({ dataDir: workerData.dataDir }).then((database) => database.close());`,
      { eval: true, workerData: { pglite: require.resolve('@electric-sql/pglite'), dataDir } },
    );
    const exitCode = await new Promise<number>((resolve, reject) => worker.once('error', reject).once('exit', resolve));
    if (exitCode !== 0) throw new Error(`Initialising the embedded database in ${dataDir} failed (worker exit code ${exitCode})`);
  }
  return PGlite.create({ dataDir });
}
