import {
  authenticationEnvironmentSchema,
  ConfigurationError,
  corsOriginsSchema,
  DEFAULT_OPERATION_LIMITS,
  httpUrlSchema,
  logLevelSchema,
  nodeEnvSchema,
  parseAuthenticationConfiguration,
  parseConfiguration,
  portSchema,
} from '@cohesion/kit';
import { subgraphUrlVariable } from '@cohesion/db/levels';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { AUTHORIZATION_MODES } from './authorization/authorize-gateway';
import { listSupergraphSubgraphs } from './supergraph-subgraphs';
import { DEFAULT_SUBGRAPH_RESILIENCE } from './subgraph-resilience';
import { trustedDocumentsEnvironmentSchema, trustedDocumentsOptionsOf } from './trusted-documents-config';
import { DEFAULT_RESPONSE_CACHE } from './response-cache-defaults';

const limitSchema = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** Per-subgraph variables are named like SUBGRAPH_<NAME>_URL: SUBGRAPH_EU_PARTNERS_TIMEOUT_MS. */
const subgraphTimeoutVariable = (name: string) => subgraphUrlVariable(name).replace(/_URL$/, '_TIMEOUT_MS');

const workersError = 'expected a whole number of worker processes from 1 to 64';
/** WORKERS: how many gateway processes (node:cluster workers) share the ports; 1 runs no cluster. */
export const workersSchema = z.coerce.number({ error: workersError }).int({ error: workersError }).min(1, { error: workersError }).max(64, { error: workersError });

/** Rate limit defaults: a burst of 100 requests per 10 s per caller, far above what a dashboard or the map widget sends. */
export const DEFAULT_RATE_LIMIT = { requests: 100, windowSeconds: 10 } as const;

/**
 * The gateway's environment. One URL variable per subgraph the supergraph names, called as the level registry
 * says (SUBGRAPH_MUNICIPALITIES_URL, SUBGRAPH_EU_PARTNERS_URL, ...), so a new level needs no change here.
 */
export function parseGatewayConfiguration(env: Record<string, string | undefined>, supergraphSdl: string) {
  const subgraphs = listSupergraphSubgraphs(supergraphSdl);
  const schema = z.object({
    PORT: portSchema.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    ...authenticationEnvironmentSchema.shape,
    NODE_ENV: nodeEnvSchema,
    LOG_LEVEL: logLevelSchema,
    CORS_ORIGINS: corsOriginsSchema,
    AUTHORIZATION_MODE: z.enum(AUTHORIZATION_MODES).default('filter'),
    AUTH_TOKEN_URL: httpUrlSchema.optional(),
    AUTH_CLIENT_ID: z.string().min(1).optional(),
    AUTH_CLIENT_SECRET: z.string().min(1).optional(),
    LIMIT_MAX_DEPTH: limitSchema(DEFAULT_OPERATION_LIMITS.maxDepth),
    LIMIT_MAX_ALIASES: limitSchema(DEFAULT_OPERATION_LIMITS.maxAliases),
    LIMIT_MAX_COST: limitSchema(DEFAULT_OPERATION_LIMITS.maxCost),
    LIMIT_MAX_PAGE_SIZE: limitSchema(DEFAULT_OPERATION_LIMITS.maxPageSize),
    LIMIT_MAX_DIRECTIVES: limitSchema(DEFAULT_OPERATION_LIMITS.maxDirectives),
    LIMIT_MAX_TOKENS: limitSchema(DEFAULT_OPERATION_LIMITS.maxTokens),
    ...Object.fromEntries(subgraphs.map(({ name }) => [subgraphUrlVariable(name), httpUrlSchema.optional()])),
    RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMIT.requests),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMIT.windowSeconds),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' }).optional(),
    TRUST_PROXY: z.coerce.number().int().min(0).default(0),
    SUBGRAPH_TIMEOUT_MS: limitSchema(DEFAULT_SUBGRAPH_RESILIENCE.timeoutMs),
    ...Object.fromEntries(subgraphs.map(({ name }) => [subgraphTimeoutVariable(name), z.coerce.number().int().min(1).optional()])),
    CIRCUIT_BREAKER_FAILURES: limitSchema(DEFAULT_SUBGRAPH_RESILIENCE.failureThreshold),
    CIRCUIT_BREAKER_HALF_OPEN_AFTER_MS: limitSchema(DEFAULT_SUBGRAPH_RESILIENCE.halfOpenAfterMs),
    METRICS_TOKEN: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
    METRICS_PORT: portSchema.optional(),
    ...trustedDocumentsEnvironmentSchema.shape,
    RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(DEFAULT_RESPONSE_CACHE.ttlSeconds),
    RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(DEFAULT_RESPONSE_CACHE.maxMegabytes),
    SUBGRAPH_DEDUPLICATION: z.enum(['true', 'false'], { error: 'expected true or false' }).default('true'),
    // Worker processes of the production start (node:cluster): one per core by default, 1 runs no cluster.
    WORKERS: workersSchema.default(availableParallelism()),
  });
  const config = parseConfiguration('gateway', schema, env);
  const subgraphUrls: Record<string, string> = {};
  const subgraphTimeoutsMs: Record<string, number> = {};
  for (const { name } of subgraphs) {
    const url = (config as Record<string, unknown>)[subgraphUrlVariable(name)];
    if (typeof url === 'string') subgraphUrls[name] = url;
    const timeout = (config as Record<string, unknown>)[subgraphTimeoutVariable(name)];
    if (typeof timeout === 'number') subgraphTimeoutsMs[name] = timeout;
  }
  // Every problem in one message: an operator fixes the environment once, not once per variable.
  const issues: string[] = [];
  const clientCredentials = [config.AUTH_TOKEN_URL, config.AUTH_CLIENT_ID, config.AUTH_CLIENT_SECRET];
  const production = config.NODE_ENV === 'production';
  if (clientCredentials.some(Boolean) && !clientCredentials.every(Boolean)) {
    issues.push('AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: set all three or none');
  } else if (production && !clientCredentials.every(Boolean)) {
    // Production subgraphs answer _entities to verified callers only: without its own token the gateway would lose
    // every anonymous cross-subgraph field, silently.
    issues.push(
      'AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: required when NODE_ENV=production (the gateway\'s client-credentials grant at the identity provider, for anonymous callers\' cross-subgraph fetches) (not set)',
    );
  }
  let authentication: ReturnType<typeof parseAuthenticationConfiguration> | undefined;
  try {
    authentication = parseAuthenticationConfiguration(env, 'gateway');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !authentication) throw new ConfigurationError('gateway', issues);
  return {
    ...config,
    subgraphUrls,
    clientCredentials:
      config.AUTH_TOKEN_URL && config.AUTH_CLIENT_ID && config.AUTH_CLIENT_SECRET
        ? { tokenUrl: config.AUTH_TOKEN_URL, clientId: config.AUTH_CLIENT_ID, clientSecret: config.AUTH_CLIENT_SECRET }
        : undefined,
    authentication,
    rateLimit:
      config.RATE_LIMIT_REQUESTS > 0
        ? { requests: config.RATE_LIMIT_REQUESTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}) }
        : undefined,
    resilience: {
      timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      timeoutsMs: subgraphTimeoutsMs,
      failureThreshold: config.CIRCUIT_BREAKER_FAILURES,
      halfOpenAfterMs: config.CIRCUIT_BREAKER_HALF_OPEN_AFTER_MS,
    },
    trustedDocuments: trustedDocumentsOptionsOf(config),
    operations: { production, ...(config.METRICS_TOKEN ? { token: config.METRICS_TOKEN } : {}) },
    responseCache: {
      ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS,
      maxMegabytes: config.RESPONSE_CACHE_MAX_MB,
      ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    },
    deduplicateSubgraphFetches: config.SUBGRAPH_DEDUPLICATION === 'true',
    limits: {
      maxDepth: config.LIMIT_MAX_DEPTH,
      maxAliases: config.LIMIT_MAX_ALIASES,
      maxCost: config.LIMIT_MAX_COST,
      maxPageSize: config.LIMIT_MAX_PAGE_SIZE,
      maxDirectives: config.LIMIT_MAX_DIRECTIVES,
      maxTokens: config.LIMIT_MAX_TOKENS,
    },
  };
}
