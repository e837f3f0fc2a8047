// `@cohesion/db`: what the running services need (the level registry, the connection, the tables, migrations and
// the helpers search and dates share with the seeds). Seeding is `@cohesion/db/seed`, test databases
// `@cohesion/db/testing`.
export * from './levels';
export * from './client';
export * from './database-unavailable';
export * from './ping-database';
export * from './migrate';
export * from './schema';
export { foldForSearch } from './fold-for-search';
export {
  daysOfPartialDate,
  parsePartialDate,
  type PartialDate,
  type PartialDatePrecision,
} from './partial-date';
