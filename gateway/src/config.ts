import { corsOriginsSchema, httpUrlSchema, logLevelSchema, nodeEnvSchema, parseConfiguration, portSchema } from '@cohesion/kit';
import { z } from 'zod';
import { listSupergraphSubgraphs, subgraphUrlVariable } from './supergraph-subgraphs';

/**
 * The gateway's environment. Subgraph URL variables are derived from the supergraph, so a new subgraph needs
 * no change here: SUBGRAPH_MUNICIPALITIES_URL, SUBGRAPH_EU_PARTNERS_URL, ...
 */
export function parseGatewayConfiguration(env: Record<string, string | undefined>, supergraphSdl: string) {
  const subgraphs = listSupergraphSubgraphs(supergraphSdl);
  const schema = z.object({
    PORT: portSchema.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: nodeEnvSchema,
    LOG_LEVEL: logLevelSchema,
    CORS_ORIGINS: corsOriginsSchema,
    ...Object.fromEntries(subgraphs.map(({ name }) => [subgraphUrlVariable(name), httpUrlSchema.optional()])),
  });
  const config = parseConfiguration('gateway', schema, env);
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of subgraphs) {
    const url = (config as Record<string, unknown>)[subgraphUrlVariable(name)];
    if (typeof url === 'string') subgraphUrls[name] = url;
  }
  return { ...config, subgraphUrls };
}
