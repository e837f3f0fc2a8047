import { loadSupergraph } from '@cohesion/schema';
import { createAuthentication, createLogger, listen } from '@cohesion/kit';
import { createClientCredentialsToken } from '../client-credentials';
import { createGateway } from '../gateway';
import { parseGatewayConfiguration } from '../config';

// Runs the gateway alone, in front of subgraphs that run as their own processes.
async function main() {
  const supergraphSdl = loadSupergraph(process.env.SUPERGRAPH_PATH);
  const config = parseGatewayConfiguration(process.env, supergraphSdl);
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  if (config.NODE_ENV === 'production' && !config.clientCredentials) {
    logger.warn('AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET are not set: anonymous operations that need _entities will be refused by production subgraphs');
  }
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    logger,
    development: config.NODE_ENV === 'development',
    corsOrigins: config.CORS_ORIGINS,
    authentication: createAuthentication(config.authentication),
    authorizationMode: config.AUTHORIZATION_MODE,
    limits: config.limits,
    ...(config.clientCredentials ? { serviceToken: createClientCredentialsToken(config.clientCredentials) } : {}),
  });
  await gateway.start();
  const server = await listen(gateway.app, { port: config.PORT, host: config.HOST });
  logger.info({ url: `${server.url}/graphql`, subgraphs: gateway.subgraphUrls, authorization: config.AUTHORIZATION_MODE }, 'gateway ready');
  const shutdown = async () => {
    await server.close();
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
