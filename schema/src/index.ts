export * from './compose-supergraph';
export * from './subgraphs';
export { loadSupergraph } from './load-supergraph';
export { apiSchemaOf } from './api-schema';
export { checkSchemaChanges, formatSchemaCheckReport, removalDateOf, MINIMUM_DEPRECATION_DAYS } from './schema-check';
