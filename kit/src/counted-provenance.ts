import { sql, type SQL } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';
import { type ProvenanceSource, type SourceKindValue } from './provenance';

/** A table with the provenance columns every fact carries (`provenanceColumns()` of @cohesion/db). */
export type TableWithProvenance = { sourceKind: PgColumn; referenceDate: PgColumn };

/**
 * The columns a figure's GROUP BY adds for its provenance: whether any counted record is generated SAMPLE data, and
 * the latest reference date of the counted records.
 */
export function countedProvenanceColumns(table: TableWithProvenance): { sample: SQL<boolean>; referenceDate: SQL<string | null> } {
  return {
    sample: sql<boolean>`coalesce(bool_or(${table.sourceKind} = 'SAMPLE'), false)`.mapWith(Boolean),
    referenceDate: sql<string | null>`max(${table.referenceDate})::text`,
  };
}

export type CountedProvenanceOptions = {
  /** What was counted, and where, e.g. "events of the eu-partners subgraph". */
  counted: string;
  /** Whether any counted record is generated SAMPLE data. */
  sample: boolean;
  /** The latest reference date of the counted records. */
  referenceDate: string;
  /** The kind of source when no counted record is SAMPLE; PUBLICATION by default. */
  kind?: SourceKindValue;
};

/** The provenance of a count the hub made from its own records: SAMPLE as soon as one counted record is. */
export function countedProvenance({ counted, sample, referenceDate, kind = 'PUBLICATION' }: CountedProvenanceOptions): ProvenanceSource {
  return {
    source: `Counted by Cohesion Hub from the ${counted}${sample ? ' (generated SAMPLE data)' : ''}; each counted record carries its own source`,
    sourceKind: sample ? 'SAMPLE' : kind,
    sourceUrl: null,
    referenceDate,
  };
}
