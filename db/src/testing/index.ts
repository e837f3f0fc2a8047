// `@cohesion/db/testing`: throw-away databases for tests, and whole-schema snapshots to compare.
export { createTestDatabase, type TestDatabaseOptions } from './create-test-database';
export { snapshotSchema, type SchemaSnapshot } from './snapshot-schema';
export { countRowsByTable, type TableRowCount } from './count-rows';
