import cluster from 'node:cluster';
import { shutdownTelemetry } from '@cohesion/kit/telemetry';
import { createAuthentication, listen, type Logger } from '@cohesion/kit';
import { createClientCredentialsToken } from './client-credentials';
import { announceWorkerReady, workerCacheInvalidation, workerMetricsCollector } from './cluster';
import { type parseGatewayConfiguration } from './config';
import { createGateway, type CreateGatewayOptions, type Gateway } from './gateway';

export type ServeGatewayOptions = {
  /** The parsed environment (`parseGatewayConfiguration`); `subgraphUrls` says where the subgraphs answer. */
  config: ReturnType<typeof parseGatewayConfiguration>;
  supergraphSdl: string;
  logger: Logger;
  /** This process is a worker of a cluster (`runClusterPrimary`): metrics and response-cache invalidations go through the primary. */
  clustered: boolean;
};

/**
 * What a parsed gateway environment sets beyond where the subgraphs are and who the callers are: the authorisation
 * mode, limits, rate limit, resilience, operations access, proxies, trusted documents, response cache, deduplication
 * and the gateway's own token. The gateway's start and the single-process hub's pass it to `createGateway`.
 */
export function gatewaySettings(config: ReturnType<typeof parseGatewayConfiguration>) {
  return {
    authorizationMode: config.AUTHORIZATION_MODE,
    limits: config.limits,
    ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    resilience: config.resilience,
    operations: config.operations,
    trustProxy: config.TRUST_PROXY,
    trustedDocuments: config.trustedDocuments,
    responseCache: config.responseCache,
    deduplicateSubgraphFetches: config.deduplicateSubgraphFetches,
    ...(config.clientCredentials ? { serviceToken: createClientCredentialsToken(config.clientCredentials) } : {}),
  } satisfies Partial<CreateGatewayOptions>;
}

/**
 * One gateway process, alone (WORKERS=1) or as a worker of a cluster: listens on PORT (and METRICS_PORT), and stops
 * gracefully on SIGTERM/SIGINT, or when its cluster's primary is gone. What the gateway's production start runs, and
 * each worker of the hub's.
 */
export async function serveGateway({ config, supergraphSdl, logger, clustered }: ServeGatewayOptions) {
  // Called by register() below, once the gateway exists.
  const clusterMetrics = clustered ? workerMetricsCollector(() => gateway.metricsRegistry) : undefined;
  // Before the worker listens, so that no answer it caches escapes another worker's write.
  const clusterCacheInvalidation = clustered && config.responseCache.ttlSeconds > 0 ? workerCacheInvalidation() : undefined;
  const gateway: Gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    logger,
    development: config.NODE_ENV === 'development',
    corsOrigins: config.CORS_ORIGINS,
    authentication: createAuthentication(config.authentication),
    ...gatewaySettings(config),
    ...(clusterMetrics ? { collectMetrics: clusterMetrics.collect } : {}),
    ...(clusterCacheInvalidation ? { clusterCacheInvalidation } : {}),
  });
  clusterMetrics?.register();
  await gateway.start();
  const server = await listen(gateway.app, { port: config.PORT, host: config.HOST });
  const operations = config.METRICS_PORT === undefined ? undefined : await listen(gateway.operationsApp, { port: config.METRICS_PORT, host: config.HOST });
  logger.info(
    {
      url: `${server.url}/graphql`,
      subgraphs: gateway.subgraphUrls,
      authorization: config.AUTHORIZATION_MODE,
      metrics: operations ? `${operations.url}/metrics` : undefined,
      ...(clustered ? { worker: cluster.worker?.id } : {}),
    },
    'gateway ready',
  );
  if (clustered) announceWorkerReady(`${server.url}/graphql`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await operations?.close();
    await server.close();
    await gateway.stop();
    await shutdownTelemetry();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  // A worker whose primary is gone (killed) stops too, rather than serving on as an orphan no one restarts or stops.
  if (clustered) process.once('disconnect', shutdown);
}
