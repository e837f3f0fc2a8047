import { date, integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { provenanceColumns } from './provenance';

// Column groups and value types that several subgraph schemas declare alike. Spreading a group puts its
// columns exactly where the group stands, so a table's columns (and its migration) keep their order.

/**
 * A text in up to four languages (nl, fr, de, en): a language the source does not give is absent, or,
 * where `Missing` is `null`, may also be null.
 */
export type MultilingualText<Missing = never> = {
  nl?: string | Missing;
  fr?: string | Missing;
  de?: string | Missing;
  en?: string | Missing;
};

/** How precise a stored date is: `2021-01-01` with YEAR precision means "in 2021". */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A jsonb column holding a text in up to four languages, typed with the schema's own text type. */
export function multilingualTextColumn<Text extends MultilingualText<null>>() {
  return jsonb().$type<Text>();
}

/** An organisation's or an offer's functional (general) contact. */
export function functionalContactColumns() {
  return {
    /** A functional (general) e-mail address; never a person's. */
    email: text(),
    /** A functional (general) phone number or helpline; never a person's. */
    phone: text(),
  };
}

/** Where an event takes place, as the source names it. */
export function venueColumns() {
  return {
    venueName: text(),
    venueAddress: text(),
    venueCity: text(),
  };
}

/** The speakers of an event, as the source names them: public roles at public events, never contact details. */
export function speakerColumns<Speaker>() {
  return {
    speakers: jsonb().$type<Speaker[]>().notNull(),
  };
}

/** A date the source gives as a day, a month or a year: its first day, and how precise it is. */
export function partialDateColumns() {
  return {
    date: date({ mode: 'string' }),
    datePrecision: text().$type<DatePrecision>(),
  };
}

/** A publication records are read from, with how to cite it (the provenance columns). */
export function sourceColumns() {
  return {
    id: text().primaryKey(),
    title: text().notNull(),
    publisher: text(),
    language: text(),
    ...provenanceColumns(),
  };
}

/**
 * When a row was last written through the API (kit's mutation runner sets it); null for a row only ever seeded.
 * Seeding never overwrites nor deletes a row that has it (issue 9: seeds never overwrite edits), so rows the API
 * writes (a dated status change, a founded cell) carry this group.
 */
export function editedAtColumns() {
  return {
    editedAt: timestamp({ withTimezone: true, mode: 'string' }),
  };
}

/**
 * A mutable record (DESIGN.md principle 11): its optimistic-concurrency version (1 when seeded, raised by one on every
 * write through a mutation) and when it was last written through the API.
 */
export function versionColumns() {
  return {
    version: integer().notNull().default(1),
    ...editedAtColumns(),
  };
}

/**
 * That a record is archived, when and why (issue 9): records are never deleted; an archived one leaves the default
 * lists and stays readable by id. Null while the record is current.
 */
export function archiveColumns() {
  return {
    archivedOn: date({ mode: 'string' }),
    archiveReason: text(),
  };
}
