import { mkdirSync } from 'node:fs';
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
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
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
