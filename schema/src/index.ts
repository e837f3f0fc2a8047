export * from './compose-supergraph';
export * from './subgraphs';
export { loadSupergraph } from './load-supergraph';
