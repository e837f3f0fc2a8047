import { auditLogTable, idempotencyKeysTable } from './audit';
import { boolean, date, index, integer, jsonb, pgSchema, primaryKey, real, text } from 'drizzle-orm/pg-core';
import {
  archiveColumns,
  editedAtColumns,
  type DatePrecision,
  type MultilingualText,
  multilingualTextColumn,
  partialDateColumns,
  speakerColumns,
  venueColumns,
  versionColumns,
} from './column-groups';
import { provenanceColumns, seedStateColumns, type StoredProvenance } from './provenance';
import { eventOrganisersTable } from './event-organisers';

export type { DatePrecision, StoredProvenance };

/** The flanders subgraph's own Postgres schema: the Flemish government, VVSG and the expert pool. */
export const flandersSchema = pgSchema('flanders');

/** A text in up to four languages; a language the source does not give is absent. */
export type LocalizedTextValue = MultilingualText<null>;

const localizedText = () => multilingualTextColumn<LocalizedTextValue>();

/** A person or an organisation the source names as a speaker or an author, with their affiliation. */
type NamedContributorValue = { name: string; affiliation: string | null };

/** How to reach an organisation or request an offer, as the source publishes it: functional channels, never a person's. */
function contactColumns() {
  return {
    contactEmail: text(),
    contactPhone: text(),
    contactOtherPhones: jsonb().$type<string[]>().notNull(),
    contactForm: text(),
    registrationForm: text(),
  };
}

/**
 * Columns every curated record shares: its other names, folded search text, editorial notes and every
 * source that states it (the first is also in the provenance columns).
 */
function curatedColumns() {
  return {
    /** Other names the sources use (acronyms, the exact wording of a source). */
    alsoKnownAs: jsonb().$type<string[]>().notNull(),
    /** Lower-case, accent-free names, other names and description, for search. */
    searchText: text().notNull(),
    /** Editorial notes on what the sources leave open. */
    notes: jsonb().$type<string[]>().notNull(),
    sources: jsonb().$type<StoredProvenance[]>().notNull(),
    ...provenanceColumns(),
  };
}

export const organisations = flandersSchema.table(
  'organisations',
  {
    id: text().primaryKey(),
    name: localizedText().notNull(),
    /** Folded name in the organisation's first language, for ordering. */
    sortName: text().notNull(),
    acronym: text(),
    type: text().notNull(),
    level: text().notNull(),
    website: text(),
    ...contactColumns(),
    description: localizedText(),
    parentName: text(),
    team: text(),
    radicalisationSupportSince: date({ mode: 'string' }),
    radicalisationSupportSincePrecision: text().$type<DatePrecision>(),
    offersAvailableFrom: date({ mode: 'string' }),
    offersAvailableFromPrecision: text().$type<DatePrecision>(),
    /** The expert pool this organisation is a member of. */
    expertPoolId: text(),
    /** How the expert pool's page lists the member, and the label of its offer there. */
    poolListedAs: text(),
    poolOfferLabel: text(),
    free: boolean(),
    ...curatedColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('organisations_expert_pool_id_idx').on(table.expertPoolId), index('organisations_type_idx').on(table.type)],
);

export const projects = flandersSchema.table('projects', {
  id: text().primaryKey(),
  name: localizedText().notNull(),
  sortName: text().notNull(),
  acronym: text(),
  periodStart: date({ mode: 'string' }),
  periodStartPrecision: text().$type<DatePrecision>(),
  periodEnd: date({ mode: 'string' }),
  periodEndPrecision: text().$type<DatePrecision>(),
  funding: text(),
  leadOrganisationId: text().references(() => organisations.id),
  partners: jsonb().$type<Array<{ name: string; organisationId: string | null; nis: string | null; role: string | null }>>().notNull(),
  description: localizedText(),
  /** Offers that came out of the project. */
  outputOfferIds: jsonb().$type<string[]>().notNull(),
  ...curatedColumns(),
  ...versionColumns(),
  ...archiveColumns(),
});

export const offers = flandersSchema.table(
  'offers',
  {
    id: text().primaryKey(),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    title: localizedText().notNull(),
    sortTitle: text().notNull(),
    kind: text().notNull(),
    sessions: integer(),
    durationHours: real(),
    audience: jsonb().$type<string[]>().notNull(),
    /** Null when the source does not say in which languages the offer is given. */
    languages: jsonb().$type<string[]>(),
    howToRequest: localizedText(),
    availability: text(),
    ...contactColumns(),
    website: text(),
    description: localizedText(),
    topics: jsonb().$type<LocalizedTextValue[]>().notNull(),
    formats: jsonb().$type<string[]>().notNull(),
    free: boolean(),
    expertPoolId: text().references(() => organisations.id),
    availableFrom: date({ mode: 'string' }),
    availableFromPrecision: text().$type<DatePrecision>(),
    projectId: text().references(() => projects.id),
    ...curatedColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('offers_organisation_id_idx').on(table.organisationId), index('offers_kind_idx').on(table.kind)],
);

export const events = flandersSchema.table(
  'events',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    sortTitle: text().notNull(),
    kind: text().notNull(),
    /** Null when the source gives no date; such events only appear when no date range is asked for. */
    date: date({ mode: 'string' }),
    startTime: text(),
    endTime: text(),
    online: boolean().notNull(),
    ...venueColumns(),
    venueNis: text(),
    language: text(),
    ...speakerColumns<NamedContributorValue>(),
    registration: text(),
    description: localizedText(),
    documentId: text(),
    ...curatedColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('events_date_idx').on(table.date)],
);

/** Who organised an event, in the source's order. */
export const eventOrganisers = eventOrganisersTable(flandersSchema, () => events.id);

export const documents = flandersSchema.table(
  'documents',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    sortTitle: text().notNull(),
    type: text().notNull(),
    ...partialDateColumns(),
    effectiveFrom: date({ mode: 'string' }),
    issuingAuthority: text(),
    reference: text(),
    description: localizedText(),
    authors: jsonb().$type<NamedContributorValue[]>().notNull(),
    sections: jsonb().$type<Array<{ heading: LocalizedTextValue | null; points: LocalizedTextValue[] }>>().notNull(),
    partnerOrganisationIds: jsonb().$type<string[]>().notNull(),
    presentedAtEventId: text(),
    ...curatedColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('documents_date_idx').on(table.date), index('documents_type_idx').on(table.type)],
);

/** Working groups, intervision circles and regional platforms: VVSG's networks of local practitioners. */
export const networks = flandersSchema.table(
  'networks',
  {
    id: text().primaryKey(),
    /** WORKING_GROUP, INTERVISION_CIRCLE or REGIONAL_PLATFORM. */
    networkKind: text().notNull(),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    name: localizedText().notNull(),
    sortName: text().notNull(),
    character: text(),
    audience: jsonb().$type<string[]>().notNull(),
    timesPerYear: integer(),
    onRequest: boolean(),
    provinceCount: integer(),
    description: localizedText(),
    ...curatedColumns(),
    ...versionColumns(),
    ...archiveColumns(),
  },
  (table) => [index('networks_network_kind_idx').on(table.networkKind)],
);

/** The provinces a regional platform serves (SAMPLE where the source does not name them). */
export const networkProvinces = flandersSchema.table(
  'network_provinces',
  {
    networkId: text()
      .notNull()
      .references(() => networks.id),
    provinceNis: text().notNull(),
    ...provenanceColumns(),
  },
  (table) => [
    primaryKey({ name: 'network_provinces_pk', columns: [table.networkId, table.provinceNis] }),
    index('network_provinces_province_nis_idx').on(table.provinceNis),
  ],
);

/** Internal meeting details of a network (SAMPLE): dates, form and agenda themes, never participants or cases. */
export const networkMeetings = flandersSchema.table(
  'network_meetings',
  {
    id: text().primaryKey(),
    networkId: text()
      .notNull()
      .references(() => networks.id),
    date: date({ mode: 'string' }).notNull(),
    mode: text().notNull(),
    agenda: jsonb().$type<LocalizedTextValue[]>().notNull(),
    ...provenanceColumns(),
    ...versionColumns(),
  },
  (table) => [index('network_meetings_network_id_idx').on(table.networkId)],
);

/** Named persons with a work contact published in the sources; the contact itself is protected. */
export const experts = flandersSchema.table(
  'experts',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    sortName: text().notNull(),
    affiliation: text(),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    email: text(),
    phone: text(),
    ...provenanceColumns(),
  },
  (table) => [index('experts_organisation_id_idx').on(table.organisationId)],
);

/** The four tracks of VVSG's LIVC-R coaching. */
export const coachingTracks = flandersSchema.table('coaching_tracks', {
  track: text().primaryKey(),
  position: integer().notNull(),
  name: localizedText().notNull(),
  ...provenanceColumns(),
});

/** LIVC-R coaching trajectories (SAMPLE, consistent with VVSG's published totals). */
export const coachingTrajectories = flandersSchema.table(
  'coaching_trajectories',
  {
    id: text().primaryKey(),
    offerId: text()
      .notNull()
      .references(() => offers.id),
    track: text()
      .notNull()
      .references(() => coachingTracks.track),
    startedOn: date({ mode: 'string' }).notNull(),
    ...provenanceColumns(),
    /** The day the trajectory ended; null while it runs (a dated change: its start stays). */
    endedOn: date({ mode: 'string' }),
    ...versionColumns(),
  },
  (table) => [index('coaching_trajectories_started_on_idx').on(table.startedOn)],
);

export const coachingTrajectoryMunicipalities = flandersSchema.table(
  'coaching_trajectory_municipalities',
  {
    trajectoryId: text()
      .notNull()
      .references(() => coachingTrajectories.id),
    nis: text().notNull(),
    /** The municipality's province, derived from its NIS code, for province filters and figures. */
    provinceNis: text().notNull(),
    /** Set on links written through the API, which seeding then leaves alone. */
    ...editedAtColumns(),
  },
  (table) => [
    primaryKey({ name: 'coaching_trajectory_municipalities_pk', columns: [table.trajectoryId, table.nis] }),
    index('coaching_trajectory_municipalities_nis_idx').on(table.nis),
    index('coaching_trajectory_municipalities_province_nis_idx').on(table.provinceNis),
  ],
);

/** The seven EMMASCAN modules. */
export const emmascanModules = flandersSchema.table('emmascan_modules', {
  id: text().primaryKey(),
  position: integer().notNull(),
  name: localizedText().notNull(),
  ...provenanceColumns(),
});

/** EMMASCAN self-evaluations of LIVC-R (SAMPLE, consistent with "+5 LIVC R"). */
export const emmascanEvaluations = flandersSchema.table(
  'emmascan_evaluations',
  {
    id: text().primaryKey(),
    offerId: text()
      .notNull()
      .references(() => offers.id),
    evaluatedOn: date({ mode: 'string' }).notNull(),
    ...provenanceColumns(),
    ...versionColumns(),
  },
  (table) => [index('emmascan_evaluations_evaluated_on_idx').on(table.evaluatedOn)],
);

export const emmascanEvaluationMunicipalities = flandersSchema.table(
  'emmascan_evaluation_municipalities',
  {
    evaluationId: text()
      .notNull()
      .references(() => emmascanEvaluations.id),
    nis: text().notNull(),
    provinceNis: text().notNull(),
    /** Set on links written through the API, which seeding then leaves alone. */
    ...editedAtColumns(),
  },
  (table) => [
    primaryKey({ name: 'emmascan_evaluation_municipalities_pk', columns: [table.evaluationId, table.nis] }),
    index('emmascan_evaluation_municipalities_nis_idx').on(table.nis),
    index('emmascan_evaluation_municipalities_province_nis_idx').on(table.provinceNis),
  ],
);

/** A cell's self-assessed level per module (1 = to be developed … 4 = established): an internal fact of the cell. */
export const emmascanModuleResults = flandersSchema.table(
  'emmascan_module_results',
  {
    evaluationId: text()
      .notNull()
      .references(() => emmascanEvaluations.id),
    moduleId: text()
      .notNull()
      .references(() => emmascanModules.id),
    level: integer().notNull(),
    /** Set on links written through the API, which seeding then leaves alone. */
    ...editedAtColumns(),
  },
  (table) => [primaryKey({ name: 'emmascan_module_results_pk', columns: [table.evaluationId, table.moduleId] })],
);

/** VVSG helpdesk: published yearly totals. */
export const helpdeskYears = flandersSchema.table('helpdesk_years', {
  year: integer().primaryKey(),
  offerId: text()
    .notNull()
    .references(() => offers.id),
  questions: integer().notNull(),
  localGovernments: integer().notNull(),
  ...provenanceColumns(),
  ...versionColumns(),
});

/** Helpdesk questions per province and quarter (SAMPLE, summing to the published yearly total). */
export const helpdeskQuestionCounts = flandersSchema.table(
  'helpdesk_question_counts',
  {
    year: integer()
      .notNull()
      .references(() => helpdeskYears.year),
    quarter: integer().notNull(),
    provinceNis: text().notNull(),
    questions: integer().notNull(),
    ...provenanceColumns(),
  },
  (table) => [primaryKey({ name: 'helpdesk_question_counts_pk', columns: [table.year, table.quarter, table.provinceNis] })],
);

/** Local governments per province that asked the helpdesk in a year (SAMPLE, summing to the published total). */
export const helpdeskLocalGovernmentCounts = flandersSchema.table(
  'helpdesk_local_government_counts',
  {
    year: integer()
      .notNull()
      .references(() => helpdeskYears.year),
    provinceNis: text().notNull(),
    localGovernments: integer().notNull(),
    ...provenanceColumns(),
  },
  (table) => [primaryKey({ name: 'helpdesk_local_government_counts_pk', columns: [table.year, table.provinceNis] })],
);

export const seedState = flandersSchema.table('seed_state', seedStateColumns());

/** This level's append-only audit trail of writes and personal-data reads (schema/AUTHORIZATION.md "Writes"). */
export const auditLog = auditLogTable(flandersSchema);

/** This level's stored first answers of idempotent mutations. */
export const idempotencyKeys = idempotencyKeysTable(flandersSchema);
