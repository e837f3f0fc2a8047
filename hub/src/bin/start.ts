// First: tracing, when the OTEL_* variables switch it on, must start before what it instruments is loaded.
import '@cohesion/kit/telemetry/register';
import { shutdownTelemetry } from '@cohesion/kit/telemetry';
import { createClientCredentialsToken } from '@cohesion/gateway';
import { createAuthentication, createLogger, databasePreparation, listen } from '@cohesion/kit';
import { loadSupergraph } from '@cohesion/schema';
import { databaseOptions, parseHubConfiguration } from '../config';
import { startHub } from '../start-hub';

// `npm start`: every subgraph and the gateway in one process, on embedded Postgres unless DATABASE_URL is set. The
// environment is read here and passed down. In development and test the database is migrated and seeded on start;
// in production nothing is written (`npm run migrate` and, where sample data is wanted, `npm run seed` do that).
async function main() {
  const started = Date.now();
  const supergraphSdl = loadSupergraph(process.env.SUPERGRAPH_PATH);
  const config = parseHubConfiguration(process.env, supergraphSdl);
  const logger = createLogger({ service: 'hub', level: config.LOG_LEVEL });
  const hub = await startHub({
    database: databaseOptions(config),
    prepareDatabase: await databasePreparation(config.NODE_ENV),
    logger,
    development: config.NODE_ENV === 'development',
    host: config.HOST,
    port: config.PORT,
    corsOrigins: config.CORS_ORIGINS,
    supergraphSdl,
    authentication: createAuthentication(config.authentication),
    gateway: {
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
    },
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
