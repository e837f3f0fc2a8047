import { z } from 'zod';

/** Raised at start-up when the environment does not satisfy a deployable's configuration schema. */
export class ConfigurationError extends Error {
  constructor(
    readonly service: string,
    readonly issues: string[],
  ) {
    super(`Invalid configuration for ${service}:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Parses `env` once against a zod schema and returns typed configuration. Every problem is reported in one
 * error that names the variable, the value it had and what is accepted.
 */
export function parseConfiguration<Schema extends z.ZodType>(
  service: string,
  schema: Schema,
  env: Record<string, string | undefined>,
): z.infer<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    const value = variable ? env[variable] : undefined;
    return `${variable}: ${issue.message}${value === undefined ? ' (not set)' : ` (got ${JSON.stringify(value)})`}`;
  });
  throw new ConfigurationError(service, issues);
}

/** A TCP port: 0 asks the operating system for a free one. */
export const portSchema = z.coerce.number().int().min(0).max(65535);

/** Environment names a deployable understands; `development` unlocks GraphiQL, introspection and detailed errors. */
export const nodeEnvSchema = z.enum(['development', 'production', 'test']).default('development');

export const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

/** An http(s) URL, given for example to reach a subgraph. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

/** A comma-separated list of browser origins, e.g. `https://dashboard.vvsg.be,http://localhost:5173`. */
export const corsOriginsSchema = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .pipe(z.array(z.url({ error: 'expected origins like https://example.org, separated by commas' })));

/**
 * How long a request may wait for a Postgres server (DATABASE_URL): opening a connection, and one statement. While the
 * server is down or restarting, requests fail within these bounds with DATABASE_UNAVAILABLE instead of hanging.
 */
export const databaseTimeoutsEnvironmentSchema = z.object({
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(5),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
});

/** The database options `createDatabase` takes from parsed DATABASE_* timeouts (0 switches the statement timeout off). */
export function databaseTimeouts(config: z.infer<typeof databaseTimeoutsEnvironmentSchema>) {
  return {
    connectTimeoutSeconds: config.DATABASE_CONNECT_TIMEOUT_SECONDS,
    ...(config.DATABASE_STATEMENT_TIMEOUT_MS > 0 ? { statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS } : {}),
  };
}

/** Where a deployable's database is: a Postgres server, or embedded PGlite files (README "Configuration"). */
export const databaseEnvironmentSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
});
