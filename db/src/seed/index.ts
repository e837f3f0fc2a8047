// `@cohesion/db/seed`: the content and SAMPLE data of every level. Development and test starts, `npm run seed` and
// tests use it; runtime code (subgraphs, kit, gateway, a production start) never imports it.
export { prepareDatabase, seedSchemas } from './prepare-database';
export {
  runSeedOnce,
  chunk,
  type SeedOptions,
  type SeedTransaction,
  type RunSeedOnceOptions,
} from './run-seed-once';
export { seedMunicipalities } from './municipalities/seed-municipalities';
export { seedFederal } from './federal/seed-federal';
export { seedFlanders } from './flanders/seed-flanders';
export { seedWalloniaBrussels } from './wallonia-brussels/seed-wallonia-brussels';
export { seedEuPartners } from './eu-partners/seed-eu-partners';
