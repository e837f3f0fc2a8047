import { date, text } from 'drizzle-orm/pg-core';

/**
 * Columns every fact carries (DESIGN.md principle 7): where it comes from and when it was observed or
 * last verified. `source_kind` is OFFICIAL_STATISTICS, PUBLICATION, ORGANISATION or SAMPLE.
 */
export function provenanceColumns() {
  return {
    source: text().notNull(),
    sourceKind: text().notNull(),
    sourceUrl: text(),
    referenceDate: date({ mode: 'string' }).notNull(),
  };
}

/** One source of a record as stored: the shape of `provenanceColumns()` in camelCase. */
export type StoredProvenance = { source: string; sourceKind: string; sourceUrl: string | null; referenceDate: string };

/**
 * A per-schema record of which seed data set was applied, with the checksum of its inputs: seeding is
 * skipped when nothing changed, and re-applied (upserts) when the inputs did.
 */
export function seedStateColumns() {
  return {
    dataset: text().primaryKey(),
    checksum: text().notNull(),
    appliedAt: text().notNull(),
  };
}
