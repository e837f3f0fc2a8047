export * from './client';
export * from './migrate';
export * from './levels';
export * from './schema';
export { runSeedOnce, upsertRows, chunk } from './seed/run-seed-once';
export { seedMunicipalities, foldForSearch } from './seed/municipalities/seed-municipalities';
export { seedEuPartners, daysOfPartialDate } from './seed/eu-partners/seed-eu-partners';
export * from './prepare-database';
export * from './testing/create-test-database';
