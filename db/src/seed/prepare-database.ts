import { type DatabaseHandle } from '../client';
import { migrateSchemas } from '../migrate';
import { type SubgraphSchema } from '../levels';
import { seedMunicipalities } from './municipalities/seed-municipalities';
import { seedFederal } from './federal/seed-federal';
import { seedEuPartners } from './eu-partners/seed-eu-partners';
import { seedWalloniaBrussels } from './wallonia-brussels/seed-wallonia-brussels';
import { seedFlanders } from './flanders/seed-flanders';
import { type SeedOptions } from './run-seed-once';

/** Each level's seed, by the Postgres schema it fills; a subgraph seeds only the schema it owns. */
const SEEDS: Record<
  SubgraphSchema,
  (handle: DatabaseHandle, options: SeedOptions) => Promise<'applied' | 'unchanged'>
> = {
  municipalities: (handle, options) => seedMunicipalities(handle.db, options),
  federal: (handle, options) => seedFederal(handle.db, options),
  eu_partners: (handle, options) => seedEuPartners(handle.db, options),
  wallonia_brussels: (handle, options) => seedWalloniaBrussels(handle.db, options),
  flanders: (handle, options) => seedFlanders(handle.db, options),
};

/** Seeds the given schemas (already migrated), each with its content and SAMPLE data; see runSeedOnce. */
export async function seedSchemas(
  handle: DatabaseHandle,
  schemas: readonly SubgraphSchema[],
  options: SeedOptions = {},
): Promise<void> {
  for (const schema of schemas) await SEEDS[schema](handle, options);
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
