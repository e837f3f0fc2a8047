import { verifyMigrations, type DatabaseHandle, type SubgraphSchema } from '@cohesion/db';
import { type z } from 'zod';
import { type nodeEnvSchema } from './env';

/** Readies a database for the services of the given schemas before they start. */
export type PrepareDatabase = (database: DatabaseHandle, schemas: readonly SubgraphSchema[]) => Promise<void>;

/**
 * What a start does to its database, by NODE_ENV: in development and test it migrates and seeds (`prepareDatabase`
 * of `@cohesion/db/seed`); in production it writes nothing and only checks that the migrations are applied
 * (`verifyMigrations`): migrations and sample data are then explicit commands (`npm run migrate`, `npm run seed`).
 */
export async function databasePreparation(nodeEnv: z.infer<typeof nodeEnvSchema>): Promise<PrepareDatabase> {
  if (nodeEnv === 'production') return verifyMigrations;
  // Loaded only where seeds run, so a production process never holds seed code.
  const { prepareDatabase } = await import('@cohesion/db/seed');
  return (database, schemas) => prepareDatabase(database, schemas);
}
