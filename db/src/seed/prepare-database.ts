import path from 'node:path';
import { type Database, type DatabaseHandle } from '../client';
import { migrateSchemas } from '../migrate';
import { getLevelBySchema, type SubgraphSchema } from '../levels';
import { type SeedOptions } from './run-seed-once';

/** What a level's seed folder exports from its `index.ts`: fills the level's schema, see runSeedOnce. */
export type LevelSeed = (db: Database, options: SeedOptions) => Promise<'applied' | 'unchanged'>;

/**
 * The seed of the level that owns that schema, found by convention in `seed/<level name>/index.ts` (export
 * `seedLevel`), so that adding a level edits the registry, not this runner.
 */
function loadLevelSeed(schema: SubgraphSchema): LevelSeed {
  const level = getLevelBySchema(schema);
  // require (not a static import) because the folder is named by the registry; db runs as CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const seedModule = require(path.join(__dirname, level.name)) as { seedLevel?: unknown };
  if (typeof seedModule.seedLevel !== 'function') {
    throw new Error(`Level ${level.name}: db/src/seed/${level.name}/index.ts exports no seedLevel function`);
  }
  return seedModule.seedLevel as LevelSeed;
}

/** Seeds the given schemas (already migrated), each with its content and SAMPLE data; see runSeedOnce. */
export async function seedSchemas(
  handle: DatabaseHandle,
  schemas: readonly SubgraphSchema[],
  options: SeedOptions = {},
): Promise<void> {
  for (const schema of schemas) await loadLevelSeed(schema)(handle.db, options);
}

/**
 * Migrates then seeds the given schemas: what a development or test start does, and `npm run seed`. A production
 * start never calls it (it only checks that migrations are applied: `verifyMigrations`).
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  schemas: readonly SubgraphSchema[],
  options: SeedOptions = {},
): Promise<void> {
  await migrateSchemas(handle, schemas);
  await seedSchemas(handle, schemas, options);
}
