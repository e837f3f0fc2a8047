import { type DatabaseHandle } from './client';
import { migrateSchemas } from './migrate';
import { type SubgraphSchema } from './levels';
import { seedMunicipalities } from './seed/municipalities/seed-municipalities';
import { seedFederal } from './seed/federal/seed-federal';
import { seedEuPartners } from './seed/eu-partners/seed-eu-partners';
import { seedWalloniaBrussels } from './seed/wallonia-brussels/seed-wallonia-brussels';
import { seedFlanders } from './seed/flanders/seed-flanders';

/** Each schema's seed; a subgraph seeds only the schema it owns. */
const SEEDS: Record<SubgraphSchema, (handle: DatabaseHandle) => Promise<unknown>> = {
  municipalities: (handle) => seedMunicipalities(handle.db),
  federal: (handle) => seedFederal(handle.db),
  eu_partners: (handle) => seedEuPartners(handle.db),
  wallonia_brussels: (handle) => seedWalloniaBrussels(handle.db),
  flanders: (handle) => seedFlanders(handle.db),
};

/** Migrates then seeds the given schemas: what every deployable does on start. */
export async function prepareDatabase(handle: DatabaseHandle, schemas: readonly SubgraphSchema[]): Promise<void> {
  await migrateSchemas(handle, schemas);
  for (const schema of schemas) await SEEDS[schema](handle);
}
