export * from './compose-supergraph';
export * from './subgraphs';
export { loadSupergraph } from './load-supergraph';
export { apiSchemaOf } from './api-schema';
