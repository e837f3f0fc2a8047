// First: tracing, when the OTEL_* variables switch it on, must start before what it instruments is loaded.
import '@cohesion/kit/telemetry/register';
import cluster from 'node:cluster';
import { shutdownTelemetry } from '@cohesion/kit/telemetry';
import { subgraphUrlVariable } from '@cohesion/db/levels';
import { gatewaySettings, runClusterPrimary, serveGateway } from '@cohesion/gateway';
import { createAuthentication, createLogger, databasePreparation, listen } from '@cohesion/kit';
import { loadSupergraph } from '@cohesion/schema';
import { databaseOptions, parseHubConfiguration } from '../config';
import { startHub, startSubgraphs } from '../start-hub';

// `npm start`: every subgraph and the gateway, on embedded Postgres unless DATABASE_URL is set. The environment is read
// here and passed down. In development and test the database is migrated and seeded on start; in production nothing is
// written (`npm run migrate` and, where sample data is wanted, `npm run seed` do that).
//
// WORKERS=1 (the default outside production): all in this one process. WORKERS > 1: this process (the cluster's
// primary) owns the database, which with embedded PGlite only one process may open, and runs the subgraphs on loopback;
// WORKERS gateway processes (node:cluster) share PORT and METRICS_PORT and reach the subgraphs over loopback, so the
// gateway's work (planning, merging, caching, authorisation) runs on the other cores. The same with DATABASE_URL.
async function main() {
  const started = Date.now();
  const supergraphSdl = loadSupergraph(process.env.SUPERGRAPH_PATH);
  const config = parseHubConfiguration(process.env, supergraphSdl);
  const logger = createLogger({ service: 'hub', level: config.LOG_LEVEL });
  if (config.WORKERS > 1 && cluster.isWorker) {
    // The primary put its subgraphs' URLs in this worker's environment, where the gateway's configuration reads them.
    await serveGateway({ config, supergraphSdl, logger, clustered: true });
    return;
  }
  const common = {
    database: databaseOptions(config),
    prepareDatabase: await databasePreparation(config.NODE_ENV),
    logger,
    development: config.NODE_ENV === 'development',
    host: config.HOST,
    authentication: createAuthentication(config.authentication),
  };
  if (config.WORKERS > 1) {
    const subgraphs = await startSubgraphs(common);
    logger.info({ subgraphs: subgraphs.subgraphUrls, workers: config.WORKERS, startupMs: Date.now() - started }, 'Cohesion Hub subgraphs ready; starting the gateway workers');
    runClusterPrimary({
      workers: config.WORKERS,
      logger,
      env: Object.fromEntries(Object.entries(subgraphs.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
      onStopped: async () => {
        await subgraphs.close();
        await shutdownTelemetry();
        logger.info('hub stopped: subgraphs and database closed');
      },
    });
    return;
  }
  const hub = await startHub({
    ...common,
    port: config.PORT,
    corsOrigins: config.CORS_ORIGINS,
    supergraphSdl,
    gateway: gatewaySettings(config),
  });
  const operations = config.METRICS_PORT === undefined ? undefined : await listen(hub.operationsApp, { port: config.METRICS_PORT, host: config.HOST });
  logger.info(
    { url: hub.url, subgraphs: hub.subgraphUrls, metrics: operations ? `${operations.url}/metrics` : undefined, startupMs: Date.now() - started },
    `Cohesion Hub ready at ${hub.url}`,
  );
  const shutdown = async () => {
    await operations?.close();
    await hub.close();
    await shutdownTelemetry();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
