import { createDatabase, getLevel, LEVELS, type DatabaseHandle, type SubgraphSchema } from '@cohesion/db';
import { parseConfiguration } from '@cohesion/kit';
import { databaseOptions, hubDatabaseEnvironmentSchema } from './config';

export type DatabaseCommandOptions = {
  /** The command's name, in messages: `migrate`, `seed`. */
  name: string;
  /** Level names given on the command line; every level when empty. */
  levels: readonly string[];
  env: Record<string, string | undefined>;
  run: (database: DatabaseHandle, schemas: readonly SubgraphSchema[]) => Promise<void>;
};

/**
 * Runs a database command (`npm run migrate`, `npm run seed`) against the database DATABASE_URL or DATA_DIR names,
 * for the levels given (by their registry names) or all of them, and closes the database.
 */
export async function runDatabaseCommand(options: DatabaseCommandOptions): Promise<SubgraphSchema[]> {
  const config = parseConfiguration(options.name, hubDatabaseEnvironmentSchema, options.env);
  const schemas = (options.levels.length > 0 ? options.levels.map(getLevel) : LEVELS).map(
    (level) => level.schema,
  );
  const database = await createDatabase(databaseOptions(config));
  try {
    await options.run(database, schemas);
    return schemas;
  } finally {
    await database.close();
  }
}
