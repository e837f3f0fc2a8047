import { auditLogTable, idempotencyKeysTable } from './audit';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import {
  archiveColumns,
  functionalContactColumns,
  type MultilingualText,
  multilingualTextColumn,
  sourceColumns,
  speakerColumns,
  versionColumns,
} from './column-groups';
import { provenanceColumns, seedStateColumns } from './provenance';
import { eventOrganisersTable } from './event-organisers';

/**
 * The eu-partners subgraph's own Postgres schema: Efus, RAN, EUCPN, VOX-Pol, the European Commission and the
 * Council of Europe, with their events, projects, documents and working groups as the sources publish them.
 */
export const euPartnersSchema = pgSchema('eu_partners');

/** A text in the languages the source gives; a language it does not give is absent. */
export type LocalizedTextValue = MultilingualText;

const localizedText = () => multilingualTextColumn<LocalizedTextValue>();

/** An organisation an EU-level record points to: one of this level's own (`EU`) or another level's, by its id there. */
export type OrganisationReferenceValue = { id: string; level: 'EU' | 'WALLONIA_BRUSSELS' };

/** A speaker of an event as the source names them: a public speaker at a public event, no contact details. */
export type SpeakerValue = {
  name: string | null;
  honorific: string | null;
  affiliation: string | null;
  role: 'SPEAKER' | 'MODERATOR';
  note: string | null;
};

/** Columns every record of this schema shares: its editorial notes and every source it was read from. */
function recordColumns() {
  return {
    /** How the record was read from its sources where they leave doubt (dates inferred, names not expanded, ...). */
    notes: text().array().notNull(),
    /** Ids of every source that states the record; the first is the one in the provenance columns. */
    sourceIds: text().array().notNull(),
    ...provenanceColumns(),
  };
}

// A record the EU-partner editor keeps (schema/AUTHORIZATION.md "Writes"): versioned, and archived rather than deleted.
const keptColumns = () => ({
  ...versionColumns(),
  ...archiveColumns(),
});

/** The publications the records come from, with how to cite them and the date their content reports. */
export const sources = euPartnersSchema.table('sources', sourceColumns());

export const organisations = euPartnersSchema.table(
  'organisations',
  {
    id: text().primaryKey(),
    name: localizedText().notNull(),
    /** Folded name in the first language given (English first), for ordering. */
    sortName: text().notNull(),
    acronym: text(),
    alsoKnownAs: text().array().notNull(),
    /** EU_NETWORK, RESEARCH_NETWORK, INTERNATIONAL_ORGANISATION or OTHER. */
    type: text().notNull(),
    /** EUROPEAN_UNION, EUROPEAN_NETWORK, COUNCIL_OF_EUROPE or NOT_STATED. */
    level: text().notNull(),
    website: text(),
    ...functionalContactColumns(),
    description: localizedText().notNull(),
    foundedYear: integer(),
    hostInstitution: text(),
    parentOrganisationId: text().references((): AnyPgColumn => organisations.id),
    predecessorOrganisationId: text().references((): AnyPgColumn => organisations.id),
    successorOrganisationId: text().references((): AnyPgColumn => organisations.id),
    successionYear: integer(),
    /** The Belgian organisation that relays it nationally (Efus: the BFPVS, a Wallonia-Brussels organisation). */
    belgianRelay: jsonb().$type<OrganisationReferenceValue>(),
    /** Id of the document that founds it; no foreign key, as documents reference organisations too. */
    legalBasisDocumentId: text(),
    memberCount: integer(),
    memberCountApproximate: boolean(),
    memberCountUnit: text(),
    searchText: text().notNull(),
    ...recordColumns(),
    ...keptColumns(),
  },
  (table) => [index('organisations_parent_organisation_id_idx').on(table.parentOrganisationId)],
);

export const documents = euPartnersSchema.table(
  'documents',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    sortTitle: text().notNull(),
    /** REPORT, DECISION, STRATEGY, PLAN, DECLARATION, GUIDE or CALL. */
    type: text().notNull(),
    /** The date as precisely as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD; null when undated. */
    date: text(),
    /** First and last day the date can mean (the whole year for "2009"). */
    dateFrom: date({ mode: 'string' }),
    dateTo: date({ mode: 'string' }),
    issuingAuthority: text().notNull(),
    issuingOrganisationId: text().references(() => organisations.id),
    reference: text(),
    description: localizedText().notNull(),
    searchText: text().notNull(),
    ...recordColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('documents_date_from_idx').on(table.dateFrom),
    index('documents_issuing_organisation_id_idx').on(table.issuingOrganisationId),
  ],
);

export const projects = euPartnersSchema.table(
  'projects',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    acronym: text(),
    sortName: text().notNull(),
    /** Start and end as precisely as the sources give them (YYYY or YYYY-MM); the start may be unknown. */
    periodStart: text(),
    periodEnd: text(),
    /** First day of the start and last day of the end. */
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    funding: text(),
    fundingProgramme: text(),
    grantNumber: text(),
    leadOrganisationId: text().references(() => organisations.id),
    funderOrganisationId: text().references(() => organisations.id),
    description: localizedText().notNull(),
    searchText: text().notNull(),
    ...recordColumns(),
    ...keptColumns(),
  },
  (table) => [index('projects_starts_on_idx').on(table.startsOn)],
);

/** Who took part in a project: a Belgian municipality (by 2025 NIS code) or an organisation of some level. */
export const projectPartners = euPartnersSchema.table(
  'project_partners',
  {
    projectId: text()
      .notNull()
      .references(() => projects.id),
    /** The municipality's NIS code or the organisation's id. */
    partnerKey: text().notNull(),
    position: integer().notNull(),
    name: text().notNull(),
    municipalityNis: text(),
    /** Province (NIS, null in Brussels) and region (NIS) of the partner municipality, for filters. */
    provinceNis: text(),
    regionNis: text(),
    organisation: jsonb().$type<OrganisationReferenceValue>(),
    organisationId: text(),
    /** PARTNER, or NOT_STATED when the source lists the partner without its role. */
    role: text().notNull(),
    roleNote: text(),
    ...recordColumns(),
  },
  (table) => [
    primaryKey({ name: 'project_partners_pk', columns: [table.projectId, table.partnerKey] }),
    index('project_partners_municipality_nis_idx').on(table.municipalityNis),
    index('project_partners_organisation_id_idx').on(table.organisationId),
  ],
);

export const eventSeries = euPartnersSchema.table('event_series', {
  id: text().primaryKey(),
  name: localizedText().notNull(),
  period: text(),
  rhythm: text(),
  place: text(),
  languages: text().array().notNull(),
  interpretation: boolean(),
  description: localizedText().notNull(),
  projectId: text().references(() => projects.id),
  organisers: jsonb().$type<OrganisationReferenceValue[]>().notNull(),
  ...recordColumns(),
});

export const events = euPartnersSchema.table(
  'events',
  {
    id: text().primaryKey(),
    title: localizedText().notNull(),
    subtitle: text(),
    /** LUNCH_BRIEFING, WEBINAR or STUDY_MORNING. */
    kind: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    /** Local times HH:MM (Europe/Brussels); null when the source gives none. */
    startTime: text(),
    endTime: text(),
    online: boolean().notNull(),
    venueName: text(),
    venueAddress: text(),
    venuePostalCode: text(),
    venueCity: text(),
    /** 2025 NIS code of the venue's municipality with its province and region, for filters. */
    venueNis: text(),
    venueProvinceNis: text(),
    venueRegionNis: text(),
    /** nl, fr, de or en; null when the source does not say. */
    language: text(),
    /** The languages the event is or may be held in: its own, or its series' when its own is not given. */
    languages: text().array().notNull(),
    ...speakerColumns<SpeakerValue>(),
    registration: text(),
    registrationDeadline: date({ mode: 'string' }),
    free: boolean(),
    format: text(),
    interpretation: boolean(),
    audience: text().array().notNull(),
    description: localizedText().notNull(),
    seriesId: text().references(() => eventSeries.id),
    projectId: text().references(() => projects.id),
    relatedOrganisationIds: text().array().notNull(),
    searchText: text().notNull(),
    ...recordColumns(),
    ...keptColumns(),
  },
  (table) => [
    index('events_date_idx').on(table.date),
    index('events_series_id_idx').on(table.seriesId),
    index('events_project_id_idx').on(table.projectId),
    index('events_venue_nis_idx').on(table.venueNis),
  ],
);

/** Who organised an event: one of this level's organisations or another level's, in the source's order. */
export const eventOrganisers = eventOrganisersTable(euPartnersSchema, () => events.id, {
  /** EU (this subgraph's) or WALLONIA_BRUSSELS. */
  organisationLevel: text().notNull(),
});

export const workingGroups = euPartnersSchema.table(
  'working_groups',
  {
    id: text().primaryKey(),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    name: localizedText().notNull(),
    sortName: text().notNull(),
    code: text(),
    /** WORKING_GROUP or STEERING_COMMITTEE. */
    kind: text().notNull(),
    expansion: text(),
    rhythm: text(),
    description: localizedText().notNull(),
    ...recordColumns(),
    ...keptColumns(),
  },
  (table) => [index('working_groups_organisation_id_idx').on(table.organisationId)],
);

/**
 * Belgian authorities linked to Efus membership, each with the evidence the sources give: named as a member,
 * or only named as a Belgian partner of an Efus project (calls for those projects go to Efus member cities).
 */
export const efusMemberships = euPartnersSchema.table(
  'efus_memberships',
  {
    /** The municipality's NIS code or the organisation's id. */
    memberKey: text().primaryKey(),
    name: text().notNull(),
    municipalityNis: text(),
    organisation: jsonb().$type<OrganisationReferenceValue>(),
    /** STATED_MEMBER or EFUS_PROJECT_PARTNER. */
    evidence: text().notNull(),
    statement: text().notNull(),
    projectIds: text().array().notNull(),
    ...recordColumns(),
  },
  (table) => [index('efus_memberships_municipality_nis_idx').on(table.municipalityNis)],
);

export const seedState = euPartnersSchema.table('seed_state', seedStateColumns());

/** This level's append-only audit trail of writes and personal-data reads (schema/AUTHORIZATION.md "Writes"). */
export const auditLog = auditLogTable(euPartnersSchema);

/** This level's stored first answers of idempotent mutations. */
export const idempotencyKeys = idempotencyKeysTable(euPartnersSchema);
