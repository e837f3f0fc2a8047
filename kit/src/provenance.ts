/** Where a fact comes from, as every table's provenance columns hold it; what `Provenance` resolves from. */
export type ProvenanceSource = { source: string; sourceKind: string; sourceUrl: string | null; referenceDate: string };

/** The `SourceKind` enum of schema/common.graphql. */
export type SourceKindValue = 'OFFICIAL_STATISTICS' | 'PUBLICATION' | 'ORGANISATION' | 'SAMPLE';

/** Resolvers of the shared `Provenance` type, from a row's provenance columns. */
export const provenanceResolvers = {
  kind: (provenance: ProvenanceSource) => provenance.sourceKind as SourceKindValue,
  url: (provenance: ProvenanceSource) => provenance.sourceUrl,
};
