import {
  authenticationEnvironmentSchema,
  ConfigurationError,
  corsOriginsSchema,
  httpUrlSchema,
  logLevelSchema,
  nodeEnvSchema,
  parseAuthenticationConfiguration,
  parseConfiguration,
  portSchema,
} from '@cohesion/kit';
import { subgraphUrlVariable } from '@cohesion/db/levels';
import { z } from 'zod';
import { AUTHORIZATION_MODES } from './authorization/authorize-gateway';
import { DEFAULT_OPERATION_LIMITS } from './operation-limits';
import { listSupergraphSubgraphs } from './supergraph-subgraphs';

const limitSchema = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

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
  });
  const config = parseConfiguration('gateway', schema, env);
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of subgraphs) {
    const url = (config as Record<string, unknown>)[subgraphUrlVariable(name)];
    if (typeof url === 'string') subgraphUrls[name] = url;
  }
  const clientCredentials = [config.AUTH_TOKEN_URL, config.AUTH_CLIENT_ID, config.AUTH_CLIENT_SECRET];
  if (clientCredentials.some(Boolean) && !clientCredentials.every(Boolean)) {
    throw new ConfigurationError('gateway', ['AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: set all three or none']);
  }
  return {
    ...config,
    subgraphUrls,
    clientCredentials:
      config.AUTH_TOKEN_URL && config.AUTH_CLIENT_ID && config.AUTH_CLIENT_SECRET
        ? { tokenUrl: config.AUTH_TOKEN_URL, clientId: config.AUTH_CLIENT_ID, clientSecret: config.AUTH_CLIENT_SECRET }
        : undefined,
    authentication: parseAuthenticationConfiguration(env, 'gateway'),
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
