import { auditLogTable, idempotencyKeysTable } from './audit';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgSchema, text } from 'drizzle-orm/pg-core';
import {
  archiveColumns,
  type DatePrecision,
  functionalContactColumns,
  type MultilingualText,
  multilingualTextColumn,
  partialDateColumns,
  speakerColumns,
  venueColumns,
  versionColumns,
} from './column-groups';
import { provenanceColumns, seedStateColumns } from './provenance';
import { eventOrganisersTable } from './event-organisers';

export type { DatePrecision };

/** The federal subgraph's own Postgres schema: FOD Binnenlandse Zaken / SPF Intérieur and what it publishes. */
export const federalSchema = pgSchema('federal');

/** A text in up to four languages; a language the source does not give is absent or null. */
export type LocalizedTextValue = MultilingualText<null>;

/** A speaker at an event, as the source names them (a public role at a public event, not a contact). */
export type SpeakerValue = { name: string; affiliation: string | null; role: string | null };

const localizedText = () => multilingualTextColumn<LocalizedTextValue>();

// Every listed record keeps a lower-case, accent-free sort key and search text, so that ordering and
// search run in SQL instead of in JavaScript over all rows; and, like every fact, its provenance.
const listedColumns = () => ({
  sortKey: text().notNull(),
  searchText: text().notNull(),
  ...provenanceColumns(),
});

// A record the federal editor keeps (schema/AUTHORIZATION.md "Writes"): versioned, and archived rather than deleted.
const keptColumns = () => ({
  ...versionColumns(),
  ...archiveColumns(),
});

export const organisations = federalSchema.table(
  'organisations',
  {
    id: text().primaryKey(),
    name: localizedText().notNull(),
    acronym: text(),
    alsoKnownAs: text().array().notNull(),
    type: text().notNull(),
    website: text(),
    ...functionalContactColumns(),
    description: localizedText(),
    parentId: text().references((): AnyPgColumn => organisations.id),
    /** True for bodies named for context whose data the hub must never hold (OCAM/CUTA). */
    outsideHub: boolean().notNull(),
    ...listedColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('organisations_parent_id_idx').on(table.parentId),
    index('organisations_type_idx').on(table.type),
  ],
);

export const offers = federalSchema.table(
  'offers',
  {
    id: text().primaryKey(),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    title: localizedText().notNull(),
    kind: text().notNull(),
    /** Number of sessions of a trajectory, where the source gives one. */
    sessions: integer(),
    audience: text().array().notNull(),
    /** Lower-case language codes (nl, fr, de, en); empty when the source does not say. */
    languages: text().array().notNull(),
    howToRequest: localizedText(),
    format: text(),
    description: localizedText(),
    ...listedColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('offers_organisation_id_idx').on(table.organisationId),
    index('offers_kind_idx').on(table.kind),
  ],
);

export const events = federalSchema.table(
  'events',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    kind: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    /** Local time `HH:MM`, where the source gives one. */
    startTime: text(),
    endTime: text(),
    ...venueColumns(),
    /** 2025 NIS code of the venue's municipality, where known. */
    venueNis: text(),
    /** Lower-case language code of the event, where known. */
    language: text(),
    ...speakerColumns<SpeakerValue>(),
    registration: text(),
    description: localizedText(),
    programme: jsonb().$type<LocalizedTextValue[]>().notNull(),
    ...listedColumns(),
    ...keptColumns(),
  },
  (table) => [index('events_date_idx').on(table.date)],
);

/** Who organised an event, in the source's order. */
export const eventOrganisers = eventOrganisersTable(federalSchema, () => events.id);

export const documents = federalSchema.table(
  'documents',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    type: text().notNull(),
    /** First day of the period the date names, both null when the source gives no date. */
    ...partialDateColumns(),
    issuingAuthority: text(),
    issuerId: text().references(() => organisations.id),
    reference: text(),
    description: localizedText(),
    replacesId: text().references((): AnyPgColumn => documents.id),
    presentedAtEventId: text().references(() => events.id),
    /** For the guide of local initiatives: "more than N" initiatives, as published. */
    initiativesMoreThan: integer(),
    ...listedColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('documents_type_idx').on(table.type),
    index('documents_replaces_id_idx').on(table.replacesId),
  ],
);

export const projects = federalSchema.table('projects', {
  id: text().primaryKey(),
  title: localizedText().notNull(),
  leadOrganisationId: text()
    .notNull()
    .references(() => organisations.id),
  startDate: date({ mode: 'string' }),
  startPrecision: text().$type<DatePrecision>(),
  endDate: date({ mode: 'string' }),
  endPrecision: text().$type<DatePrecision>(),
  /** Ids of EU-level funders (organisations of the eu-partners subgraph). */
  funderEuOrganisationIds: text().array().notNull(),
  fundingNote: localizedText(),
  partnerOrganisationIds: text().array().notNull(),
  partnerMunicipalityNis: text().array().notNull(),
  description: localizedText(),
  ...listedColumns(),
  ...keptColumns(),
});

export const localInitiatives = federalSchema.table(
  'local_initiatives',
  {
    id: text().primaryKey(),
    name: localizedText().notNull(),
    /** True when the source describes the initiative without giving it a name. */
    nameIsDescriptive: boolean().notNull(),
    municipalityNis: text().notNull(),
    /** Derived from the NIS code, for filtering; null in Brussels. */
    provinceNis: text(),
    regionIso: text().notNull(),
    guideDocumentId: text().references(() => documents.id),
    presentedAtEventId: text().references(() => events.id),
    description: localizedText(),
    ...listedColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('local_initiatives_municipality_nis_idx').on(table.municipalityNis),
    index('local_initiatives_guide_document_id_idx').on(table.guideDocumentId),
  ],
);

/** The Mobile Team (Radix Team from 2019): what the organisation record does not say about it. */
export const mobileTeams = federalSchema.table('mobile_teams', {
  organisationId: text()
    .primaryKey()
    .references(() => organisations.id),
  renamedTo: text(),
  renamedYear: integer(),
  activeSince: date({ mode: 'string' }).notNull(),
  activeSincePrecision: text().$type<DatePrecision>().notNull(),
  operatorId: text().references(() => organisations.id),
  euCoFunded: boolean().notNull(),
  funderEuOrganisationId: text(),
  fundingNote: localizedText(),
  /** The number of field visits the source publishes (81). */
  publishedFieldVisits: integer().notNull(),
  geographicScope: localizedText(),
  openToOtherQuestions: localizedText(),
  guideDocumentId: text().references(() => documents.id),
  colloquiumEventId: text().references(() => events.id),
  ...provenanceColumns(),
});

/** Dated Mobile Team visits to municipalities: generated SAMPLE data consistent with the published total. */
export const mobileTeamVisits = federalSchema.table(
  'mobile_team_visits',
  {
    id: text().primaryKey(),
    teamOrganisationId: text()
      .notNull()
      .references(() => organisations.id),
    date: date({ mode: 'string' }).notNull(),
    municipalityNis: text().notNull(),
    provinceNis: text(),
    regionIso: text().notNull(),
    topic: text().notNull(),
    /** The offer the visit followed up, when its topic is one of the team's offers. */
    offerId: text().references(() => offers.id),
    /** Which sectors took part (internal meeting detail, never persons). */
    participantSectors: text().array().notNull(),
    ...provenanceColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('mobile_team_visits_municipality_nis_idx').on(table.municipalityNis),
    index('mobile_team_visits_date_idx').on(table.date),
  ],
);

/**
 * Dated, published counts of LIVC-R / CSIL-R coverage: one row per observation and area (BELGIUM for the
 * national figure, or a region). Sources disagree; every row keeps its own.
 */
export const coverageObservations = federalSchema.table(
  'coverage_observations',
  {
    id: text().primaryKey(),
    observationId: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    datePrecision: text().$type<DatePrecision>().notNull(),
    area: text().notNull(),
    /** The term the source uses: LIVC, LIVC-R or CSIL-R. */
    cellTerm: text().notNull(),
    cells: integer(),
    municipalitiesCovered: integer(),
    municipalitiesWithout: integer(),
    municipalitiesTotal: integer(),
    fullyCovered: boolean(),
    /** The observation as published. */
    observation: text().notNull(),
    note: text(),
    ...provenanceColumns(),
    ...versionColumns(),
  },
  (table) => [index('coverage_observations_area_date_idx').on(table.area, table.date)],
);

export const policeZones = federalSchema.table(
  'police_zones',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    provinceNis: text(),
    regionIso: text().notNull(),
    ...listedColumns(),
  },
  (table) => [index('police_zones_province_nis_idx').on(table.provinceNis)],
);

/** Which police zone each municipality belongs to (one zone per municipality). */
export const policeZoneMunicipalities = federalSchema.table(
  'police_zone_municipalities',
  {
    municipalityNis: text().primaryKey(),
    zoneId: text()
      .notNull()
      .references(() => policeZones.id),
    ...provenanceColumns(),
  },
  (table) => [index('police_zone_municipalities_zone_id_idx').on(table.zoneId)],
);

export const seedState = federalSchema.table('seed_state', seedStateColumns());

/** This level's append-only audit trail of writes and personal-data reads (schema/AUTHORIZATION.md "Writes"). */
export const auditLog = auditLogTable(federalSchema);

/** This level's stored first answers of idempotent mutations. */
export const idempotencyKeys = idempotencyKeysTable(federalSchema);
