// First: tracing, when the OTEL_* variables switch it on, must start before what it instruments is loaded.
import '@cohesion/kit/telemetry/register';
import cluster from 'node:cluster';
import { shutdownTelemetry } from '@cohesion/kit/telemetry';
import { loadSupergraph } from '@cohesion/schema';
import { createAuthentication, createLogger, listen } from '@cohesion/kit';
import { createClientCredentialsToken } from '../client-credentials';
import { announceWorkerReady, runClusterPrimary, workerMetricsCollector } from '../cluster';
import { createGateway, type Gateway } from '../gateway';
import { parseGatewayConfiguration } from '../config';

// Runs the gateway alone, in front of subgraphs that run as their own processes: WORKERS processes (node:cluster,
// one per core by default) sharing the ports, or this process alone with WORKERS=1.
async function main() {
  const supergraphSdl = loadSupergraph(process.env.SUPERGRAPH_PATH);
  // The primary parses too: a bad environment stops the start once, before any worker is forked.
  const config = parseGatewayConfiguration(process.env, supergraphSdl);
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const clustered = config.WORKERS > 1;
  if (clustered && cluster.isPrimary) {
    runClusterPrimary({ workers: config.WORKERS, logger });
    return;
  }
  // Called by register() below, once the gateway exists.
  const clusterMetrics = clustered ? workerMetricsCollector(() => gateway.metricsRegistry) : undefined;
  const gateway: Gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    logger,
    development: config.NODE_ENV === 'development',
    corsOrigins: config.CORS_ORIGINS,
    authentication: createAuthentication(config.authentication),
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
    ...(clusterMetrics ? { collectMetrics: clusterMetrics.collect } : {}),
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

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
