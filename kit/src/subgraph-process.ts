import { createDatabase, getLevel, prepareDatabase, type LevelName } from '@cohesion/db';
import { z } from 'zod';
import { databaseTimeouts, databaseTimeoutsEnvironmentSchema, logLevelSchema, nodeEnvSchema, parseConfiguration, portSchema } from './env';
import { type GraphQLService } from './graphql-service';
import { listen } from './listen';
import { createLogger } from './logger';
import { type SubgraphServiceOptions } from './subgraph-service';

/** Environment of a subgraph running as its own process; PORT defaults to the level's port in the registry. */
export const subgraphEnvironmentSchema = z.object({
  PORT: portSchema.optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: nodeEnvSchema,
  LOG_LEVEL: logLevelSchema,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  ...databaseTimeoutsEnvironmentSchema.shape,
});

export type StartSubgraphProcessOptions = {
  /** The level to start, by its name in the registry (`LEVELS`): its schema and default port come from there. */
  level: LevelName;
  createSubgraph: (options: SubgraphServiceOptions) => Pick<GraphQLService<object>, 'app' | 'start' | 'stop'>;
  env?: Record<string, string | undefined>;
};

/**
 * Boots one subgraph as its own deployable: parses the environment once, opens and migrates its database
 * schema, seeds it, listens, and shuts down cleanly on SIGTERM/SIGINT.
 */
export async function startSubgraphProcess(options: StartSubgraphProcessOptions): Promise<void> {
  const level = getLevel(options.level);
  const config = parseConfiguration(level.name, subgraphEnvironmentSchema, options.env ?? process.env);
  const logger = createLogger({ service: level.name, level: config.LOG_LEVEL });
  try {
    const database = await createDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL, ...databaseTimeouts(config) } : { dataDir: config.DATA_DIR });
    await prepareDatabase(database, [level.schema]);
    const service = options.createSubgraph({ db: database.db, logger, development: config.NODE_ENV === 'development' });
    await service.start();
    const server = await listen(service.app, { port: config.PORT ?? level.port, host: config.HOST });
    logger.info({ url: `${server.url}/graphql` }, `${level.name} subgraph ready`);
    const shutdown = async () => {
      await server.close();
      await service.stop();
      await database.close();
      process.exit(0);
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  } catch (error) {
    logger.fatal({ err: error }, `${level.name} subgraph failed to start`);
    process.exit(1);
  }
}
