import { availableParallelism } from 'node:os';
import path from 'node:path';
import { type DatabaseOptions } from '@cohesion/db';
import { parseGatewayConfiguration, workersSchema } from '@cohesion/gateway';
import { databaseEnvironmentSchema, databaseTimeouts, databaseTimeoutsEnvironmentSchema, parseConfiguration } from '@cohesion/kit';
import { z } from 'zod';

/** What the single-process hub reads beyond the gateway's own variables: where its database is. */
export const hubDatabaseEnvironmentSchema = databaseEnvironmentSchema.extend({
  ...databaseTimeoutsEnvironmentSchema.shape,
  /** The folder `npm` was started from (npm sets it), against which a relative DATA_DIR is resolved. */
  INIT_CWD: z.string().min(1).optional(),
});

/**
 * The hub's environment (`npm start`): the gateway's variables (PORT, HOST, NODE_ENV, LOG_LEVEL, CORS_ORIGINS,
 * AUTH_*, AUTHORIZATION_MODE, LIMIT_*) parsed by the gateway's own schema, plus the database location and WORKERS, whose
 * default is the hub's own: one worker per core in production, and one process otherwise, so that `npm start` in
 * development stays one process a debugger can follow.
 */
export function parseHubConfiguration(env: Record<string, string | undefined>, supergraphSdl: string) {
  const gateway = parseGatewayConfiguration(env, supergraphSdl);
  const hub = parseConfiguration('hub', hubDatabaseEnvironmentSchema.extend({ WORKERS: workersSchema.optional() }), env);
  return { ...gateway, ...hub, WORKERS: hub.WORKERS ?? (gateway.NODE_ENV === 'production' ? availableParallelism() : 1) };
}

/** The database the parsed DATABASE_URL (with its DATABASE_* timeouts) or DATA_DIR names; a relative DATA_DIR is taken from where npm was started. */
export function databaseOptions(config: z.infer<typeof hubDatabaseEnvironmentSchema>): DatabaseOptions {
  return config.DATABASE_URL ? { url: config.DATABASE_URL, ...databaseTimeouts(config) } : { dataDir: path.resolve(config.INIT_CWD ?? process.cwd(), config.DATA_DIR) };
}
