export * as municipalitiesTables from './municipalities';
export { provenanceColumns } from './provenance';
