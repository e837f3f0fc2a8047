import { corsOriginsSchema, logLevelSchema, nodeEnvSchema, parseConfiguration, portSchema } from '@cohesion/kit';
import { z } from 'zod';

/** The single-process hub's environment (`npm start`). */
export const hubEnvironmentSchema = z.object({
  PORT: portSchema.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: nodeEnvSchema,
  LOG_LEVEL: logLevelSchema,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  CORS_ORIGINS: corsOriginsSchema,
});

export function parseHubConfiguration(env: Record<string, string | undefined>) {
  return parseConfiguration('hub', hubEnvironmentSchema, env);
}
