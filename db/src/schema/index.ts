export * as municipalitiesTables from './municipalities';
export * as federalTables from './federal';
export * as walloniaBrusselsTables from './wallonia-brussels';
export * as euPartnersTables from './eu-partners';
export * as flandersTables from './flanders';
export { provenanceColumns } from './provenance';
export * from './audit';
export { archiveColumns, editedAtColumns, versionColumns } from './column-groups';
