import { parseGatewayConfiguration } from '@cohesion/gateway';
import { databaseTimeoutsEnvironmentSchema, parseConfiguration } from '@cohesion/kit';
import { z } from 'zod';

/** What the single-process hub reads beyond the gateway's own variables: where its database is. */
export const hubDatabaseEnvironmentSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  ...databaseTimeoutsEnvironmentSchema.shape,
});

/**
 * The hub's environment (`npm start`): the gateway's variables (PORT, HOST, NODE_ENV, LOG_LEVEL, CORS_ORIGINS,
 * AUTH_*, AUTHORIZATION_MODE, LIMIT_*) parsed by the gateway's own schema, plus the database location.
 */
export function parseHubConfiguration(env: Record<string, string | undefined>, supergraphSdl: string) {
  return { ...parseGatewayConfiguration(env, supergraphSdl), ...parseConfiguration('hub', hubDatabaseEnvironmentSchema, env) };
}
