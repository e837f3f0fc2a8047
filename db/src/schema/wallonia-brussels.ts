import { auditLogTable, idempotencyKeysTable } from './audit';
import { boolean, date, index, integer, jsonb, pgSchema, text } from 'drizzle-orm/pg-core';
import {
  archiveColumns,
  functionalContactColumns,
  type MultilingualText,
  multilingualTextColumn,
  sourceColumns,
  speakerColumns,
  venueColumns,
  versionColumns,
} from './column-groups';
import { provenanceColumns, seedStateColumns } from './provenance';
import { eventOrganisersTable } from './event-organisers';

/** The wallonia-brussels subgraph's own Postgres schema: Fédération Wallonie-Bruxelles, Walloon Region, Brussels. */
export const walloniaBrusselsSchema = pgSchema('wallonia_brussels');

/** A text in up to four languages; a language the source does not give is absent. */
export type LocalizedTextValue = MultilingualText;

const localizedText = () => multilingualTextColumn<LocalizedTextValue>();

/** A speaker of an event: name and affiliation as the source prints them. */
export type SpeakerValue = { name: string; affiliation: string | null };

/**
 * Columns every record of this schema ends with: the ids of every source that states it, its folded search
 * text, and the provenance of its first source.
 */
function recordColumns() {
  return {
    sourceIds: text().array().notNull(),
    searchText: text().notNull(),
    ...provenanceColumns(),
  };
}

/**
 * The publications the records are taken from, each with how it is cited (the provenance columns);
 * every record names its sources by id in `source_ids`, its first one also in its own provenance columns.
 */
export const sources = walloniaBrusselsSchema.table('sources', sourceColumns());

export const organisations = walloniaBrusselsSchema.table(
  'organisations',
  {
    id: text().primaryKey(),
    name: localizedText().notNull(),
    /** The name used for sorting: Dutch, else French, else English. */
    sortName: text().notNull(),
    acronym: text(),
    alsoKnownAs: text().array().notNull(),
    /** The name under which the source cites the organisation. */
    citedAs: text(),
    type: text().notNull(),
    /** NATIONAL, COMMUNITY, REGIONAL or MUNICIPAL. */
    level: text().notNull(),
    /** The regions it works in: WALLONIA, BRUSSELS (both for the Fédération Wallonie-Bruxelles, none for national bodies). */
    regions: text().array().notNull(),
    website: text(),
    ...functionalContactColumns(),
    description: localizedText().notNull(),
    /** Year or date since when it exists, as the source gives it. */
    since: text(),
    parentOrganisationId: text(),
    municipalityNis: text(),
    /** Id of the EU-level organisation it relays in Belgium (Efus for BFPVS), owned by the eu-partners subgraph. */
    relayOfEuOrganisationId: text(),
    ...recordColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('organisations_sort_name_idx').on(table.sortName, table.id)],
);

export const offers = walloniaBrusselsSchema.table(
  'offers',
  {
    id: text().primaryKey(),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    title: localizedText().notNull(),
    sortTitle: text().notNull(),
    citedAs: text(),
    kind: text().notNull(),
    sessions: integer(),
    audience: text().array().notNull(),
    languages: text().array().notNull(),
    howToRequest: localizedText(),
    ...functionalContactColumns(),
    description: localizedText().notNull(),
    since: text(),
    sectors: jsonb().$type<LocalizedTextValue[]>().notNull(),
    territory: jsonb().$type<LocalizedTextValue[]>().notNull(),
    topics: jsonb().$type<LocalizedTextValue[]>().notNull(),
    regions: text().array().notNull(),
    documentId: text(),
    legalBasisDocumentId: text(),
    /** Flemish partner organisations, owned by the flanders subgraph. */
    partnerFlandersOrganisationIds: text().array().notNull(),
    ...recordColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('offers_organisation_id_idx').on(table.organisationId), index('offers_sort_title_idx').on(table.sortTitle, table.id)],
);

export const events = walloniaBrusselsSchema.table(
  'events',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    citedAs: text(),
    kind: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    startTime: text(),
    endTime: text(),
    ...venueColumns(),
    venueMunicipalityNis: text(),
    language: text(),
    ...speakerColumns<SpeakerValue>(),
    registration: text(),
    description: localizedText().notNull(),
    documentId: text(),
    projectId: text(),
    statusNote: text(),
    ...recordColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('events_date_idx').on(table.date, table.id)],
);

/** Who organised an event, in the source's order. */
export const eventOrganisers = eventOrganisersTable(walloniaBrusselsSchema, () => events.id);

export const projects = walloniaBrusselsSchema.table('projects', {
  id: text().primaryKey(),
  name: localizedText().notNull(),
  sortName: text().notNull(),
  citedAs: text(),
  acronym: text(),
  /** First and last day of the period, and the precision the source gives (DAY, MONTH, YEAR). */
  startsOn: date({ mode: 'string' }),
  startPrecision: text(),
  endsOn: date({ mode: 'string' }),
  endPrecision: text(),
  funding: text(),
  leadOrganisationId: text().references(() => organisations.id),
  partnerOrganisationIds: text().array().notNull(),
  partnerMunicipalityNis: text().array().notNull(),
  audience: text().array().notNull(),
  plannedOutput: localizedText(),
  description: localizedText().notNull(),
  ...recordColumns(),
  ...versionColumns(),
  ...archiveColumns(),
});

export const documents = walloniaBrusselsSchema.table(
  'documents',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    sortTitle: text().notNull(),
    citedAs: text(),
    type: text().notNull(),
    /** The period the publication date designates: one day, or a whole month or year when the source gives no more. */
    issuedFrom: date({ mode: 'string' }),
    issuedTo: date({ mode: 'string' }),
    issuedPrecision: text(),
    issuingAuthority: text(),
    reference: text(),
    description: localizedText().notNull(),
    authorOrganisationIds: text().array().notNull(),
    authorFlandersOrganisationIds: text().array().notNull(),
    municipalityNis: text(),
    relatedDocumentIds: text().array().notNull(),
    measureCount: integer(),
    platform: text(),
    channel: text(),
    ...recordColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('documents_issued_from_idx').on(table.issuedFrom, table.id)],
);

/**
 * Walloon support to CSIL-R coordination through the social cohesion plans (circular of 15 September 2021),
 * one row per French-language Walloon municipality. Which municipalities have a cell and receive support is
 * not public: the rows are generated illustration data (provenance SAMPLE), consistent with the published
 * 2021-05-05 total of 106 CSIL-R covering 191 communes.
 */
export const csilrSupport = walloniaBrusselsSchema.table(
  'csilr_support',
  {
    municipalityNis: text().primaryKey(),
    provinceNis: text().notNull(),
    hasCell: boolean().notNull(),
    /** The (generated) cell the municipality shares with others; null without a cell. */
    cellKey: text(),
    throughSocialCohesionPlan: boolean().notNull(),
    /** QUARTER_TIME, HALF_TIME or FULL_TIME: the coordination time the plan funds; regional detail. */
    coordinationTime: text(),
    /** The Walloon offer and the circular the support rests on. */
    offerId: text()
      .notNull()
      .references(() => offers.id),
    legalBasisDocumentId: text()
      .notNull()
      .references(() => documents.id),
    ...provenanceColumns(),
    ...versionColumns(),
  },
  (table) => [index('csilr_support_cell_key_idx').on(table.cellKey), index('csilr_support_province_nis_idx').on(table.provinceNis)],
);

/** Where BPV's guidance applies: the 19 Brussels municipalities and the Vlaamse Rand. */
export const preventionGuidance = walloniaBrusselsSchema.table('prevention_guidance', {
  municipalityNis: text().primaryKey(),
  /** BRUSSELS_REGION or VLAAMSE_RAND. */
  territory: text().notNull(),
  offerId: text()
    .notNull()
    .references(() => offers.id),
  documentId: text()
    .notNull()
    .references(() => documents.id),
  ...provenanceColumns(),
  ...versionColumns(),
});

export const seedState = walloniaBrusselsSchema.table('seed_state', seedStateColumns());

/** This level's append-only audit trail of writes and personal-data reads (schema/AUTHORIZATION.md "Writes"). */
export const auditLog = auditLogTable(walloniaBrusselsSchema);

/** This level's stored first answers of idempotent mutations. */
export const idempotencyKeys = idempotencyKeysTable(walloniaBrusselsSchema);
