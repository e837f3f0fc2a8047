import { createDatabase, getLevel, type LevelName } from '@cohesion/db';
import { z } from 'zod';
import { createAuthentication, parseAuthenticationConfiguration } from './authorization';
import { databasePreparation } from './database-preparation';
import { databaseEnvironmentSchema, databaseTimeouts, databaseTimeoutsEnvironmentSchema, logLevelSchema, nodeEnvSchema, parseConfiguration, portSchema } from './env';
import { type GraphQLService } from './graphql-service';
import { listen } from './listen';
import { createLogger } from './logger';
import { type SubgraphServiceOptions } from './subgraph-service';
import { shutdownTelemetry } from './telemetry';

/** Environment of a subgraph running as its own process; PORT defaults to the level's port in the registry. */
export const subgraphEnvironmentSchema = z.object({
  PORT: portSchema.optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: nodeEnvSchema,
  LOG_LEVEL: logLevelSchema,
  ...databaseEnvironmentSchema.shape,
  ...databaseTimeoutsEnvironmentSchema.shape,
});

/**
 * Parses a subgraph process's environment once, at its entry point (`bin/start.ts`): its own variables and the
 * AUTH_* ones. Throws a ConfigurationError naming every bad variable.
 */
export function parseSubgraphConfiguration(level: LevelName, env: Record<string, string | undefined>) {
  return { ...parseConfiguration(level, subgraphEnvironmentSchema, env), authentication: parseAuthenticationConfiguration(env, level) };
}

export type SubgraphConfiguration = ReturnType<typeof parseSubgraphConfiguration>;

export type StartSubgraphProcessOptions = {
  /** The level to start, by its name in the registry (`LEVELS`): its schema and default port come from there. */
  level: LevelName;
  createSubgraph: (options: SubgraphServiceOptions) => Pick<GraphQLService<object>, 'app' | 'start' | 'stop'>;
  /** The environment as `parseSubgraphConfiguration` read it. */
  config: SubgraphConfiguration;
};

/**
 * Boots one subgraph as its own deployable: readies its database schema (`databasePreparation`: migrated and seeded
 * in development and test, only checked in production), listens, and shuts down cleanly on SIGTERM/SIGINT.
 */
export async function startSubgraphProcess({ config, createSubgraph, ...options }: StartSubgraphProcessOptions): Promise<void> {
  const level = getLevel(options.level);
  const logger = createLogger({ service: level.name, level: config.LOG_LEVEL });
  try {
    const database = await createDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL, ...databaseTimeouts(config) } : { dataDir: config.DATA_DIR });
    const prepareDatabase = await databasePreparation(config.NODE_ENV);
    await prepareDatabase(database, [level.schema]);
    const authentication = createAuthentication(config.authentication);
    const service = createSubgraph({ db: database.db, logger, development: config.NODE_ENV === 'development', authentication });
    await service.start();
    const server = await listen(service.app, { port: config.PORT ?? level.port, host: config.HOST });
    logger.info({ url: `${server.url}/graphql` }, `${level.name} subgraph ready`);
    const shutdown = async () => {
      await server.close();
      await service.stop();
      await database.close();
      await shutdownTelemetry();
      process.exit(0);
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  } catch (error) {
    logger.fatal({ err: error }, `${level.name} subgraph failed to start`);
    process.exit(1);
  }
}
