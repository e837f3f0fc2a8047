export * as municipalitiesTables from './municipalities';
export * as walloniaBrusselsTables from './wallonia-brussels';
export { provenanceColumns } from './provenance';
