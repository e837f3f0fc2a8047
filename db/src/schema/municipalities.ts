import { auditLogTable, idempotencyKeysTable } from './audit';
import { boolean, date, index, jsonb, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';
import { type Geometry } from 'geojson';
import { editedAtColumns, versionColumns } from './column-groups';
import { provenanceColumns, seedStateColumns } from './provenance';

/** The municipalities subgraph's own Postgres schema: Statbel's territorial units, their boundaries and their LIVC-R cells. */
export const municipalitiesSchema = pgSchema('municipalities');

export const regions = municipalitiesSchema.table('regions', {
  nis: text().primaryKey(),
  isoCode: text().notNull(),
  code: text().notNull(),
  nameNl: text().notNull(),
  nameFr: text().notNull(),
  nameDe: text().notNull(),
  nameEn: text().notNull(),
  geometry: jsonb().$type<Geometry>().notNull(),
  ...provenanceColumns(),
});

export const provinces = municipalitiesSchema.table(
  'provinces',
  {
    nis: text().primaryKey(),
    isoCode: text().notNull(),
    regionNis: text()
      .notNull()
      .references(() => regions.nis),
    nameNl: text().notNull(),
    nameFr: text().notNull(),
    nameDe: text().notNull(),
    geometry: jsonb().$type<Geometry>().notNull(),
    ...provenanceColumns(),
  },
  (table) => [index('provinces_region_nis_idx').on(table.regionNis)],
);

export const arrondissements = municipalitiesSchema.table('arrondissements', {
  nis: text().primaryKey(),
  provinceNis: text().references(() => provinces.nis),
  regionNis: text()
    .notNull()
    .references(() => regions.nis),
  nameNl: text().notNull(),
  nameFr: text().notNull(),
  nameDe: text().notNull(),
  ...provenanceColumns(),
});

export const municipalities = municipalitiesSchema.table(
  'municipalities',
  {
    nis: text().primaryKey(),
    nameNl: text().notNull(),
    nameFr: text().notNull(),
    /** Statbel's German designation; null for the 13 codes created in 2025, which have none yet. */
    nameDe: text(),
    /** Statbel's language code: N, F, D, or FN for the bilingual Brussels municipalities. */
    languageRegime: text().notNull(),
    arrondissementNis: text()
      .notNull()
      .references(() => arrondissements.nis),
    /** Null for the 19 Brussels municipalities, which belong to no province. */
    provinceNis: text().references(() => provinces.nis),
    regionNis: text()
      .notNull()
      .references(() => regions.nis),
    /** Lower-case names without accents, for search. */
    searchText: text().notNull(),
    geometry: jsonb().$type<Geometry>().notNull(),
    boundarySource: text().notNull(),
    boundaryReferenceDate: text().notNull(),
    ...provenanceColumns(),
  },
  (table) => [
    index('municipalities_region_nis_idx').on(table.regionNis),
    index('municipalities_province_nis_idx').on(table.provinceNis),
  ],
);

/** The 2019–2024 municipalities whose territory makes up a 2025 municipality (Statbel fusion table). */
export const predecessors = municipalitiesSchema.table(
  'predecessors',
  {
    municipalityNis: text()
      .notNull()
      .references(() => municipalities.nis),
    predecessorNis: text().notNull(),
    nameNl: text().notNull(),
    nameFr: text().notNull(),
    validFrom: text().notNull(),
    validTo: text().notNull(),
    ...provenanceColumns(),
  },
  (table) => [
    primaryKey({ name: 'predecessors_pk', columns: [table.municipalityNis, table.predecessorNis] }),
    index('predecessors_municipality_nis_idx').on(table.municipalityNis),
  ],
);

/**
 * A local integral security cell (LIVC-R / CSIL-R): structural facts only, never case data (DESIGN.md
 * principle 6). Dates are inclusive: the record is valid from `valid_from` to `valid_to` (null while it exists).
 */
export const livcrCells = municipalitiesSchema.table(
  'livcr_cells',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** The municipality whose mayor convenes the cell. */
    seatNis: text()
      .notNull()
      .references(() => municipalities.nis),
    regionNis: text()
      .notNull()
      .references(() => regions.nis),
    /** Null for Brussels cells; a cell never spans two provinces. */
    provinceNis: text().references(() => provinces.nis),
    foundedOn: date({ mode: 'string' }).notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
    /** NONE, ON_DEMAND, ANNUAL, QUARTERLY or MONTHLY: an internal fact, protected by `cells:read`. */
    meetingFrequency: text().notNull(),
    /** The cell's generic mailbox: public. */
    functionalEmail: text().notNull(),
    /** The coordinator's work contact: personal data, protected by `contacts:read` and jurisdiction. */
    coordinatorName: text().notNull(),
    coordinatorRole: text().notNull(),
    coordinatorEmail: text().notNull(),
    coordinatorPhone: text(),
    ...provenanceColumns(),
    /** The cell's version (1 when seeded) and when a municipal editor last wrote it (issue 9). */
    ...versionColumns(),
  },
  (table) => [
    index('livcr_cells_region_nis_idx').on(table.regionNis),
    index('livcr_cells_province_nis_idx').on(table.provinceNis),
  ],
);

/** Periods in which a cell was ACTIVE or DORMANT; together they cover the cell's validity. */
export const livcrCellStatusPeriods = municipalitiesSchema.table(
  'livcr_cell_status_periods',
  {
    cellId: text()
      .notNull()
      .references(() => livcrCells.id),
    status: text().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
    ...provenanceColumns(),
    /** Set when a status change closed or opened the period through the API: seeding then leaves it as it is. */
    ...editedAtColumns(),
  },
  (table) => [primaryKey({ name: 'livcr_cell_status_periods_pk', columns: [table.cellId, table.validFrom] })],
);

/** Which 2025 municipalities belonged to a cell, and when (inclusive dates; `member_until` null while it lasts). */
export const livcrCellMemberships = municipalitiesSchema.table(
  'livcr_cell_memberships',
  {
    cellId: text()
      .notNull()
      .references(() => livcrCells.id),
    municipalityNis: text()
      .notNull()
      .references(() => municipalities.nis),
    memberSince: date({ mode: 'string' }).notNull(),
    memberUntil: date({ mode: 'string' }),
    ...provenanceColumns(),
    /** Set when a municipality joined or left through the API: seeding then leaves the row as it is. */
    ...editedAtColumns(),
  },
  (table) => [
    primaryKey({ name: 'livcr_cell_memberships_pk', columns: [table.cellId, table.municipalityNis, table.memberSince] }),
    index('livcr_cell_memberships_municipality_nis_idx').on(table.municipalityNis),
  ],
);

/** The sectors represented in a cell (an internal fact, protected by `cells:read`): never named persons. */
export const livcrCellMemberRoles = municipalitiesSchema.table(
  'livcr_cell_member_roles',
  {
    cellId: text()
      .notNull()
      .references(() => livcrCells.id),
    sector: text().notNull(),
    mandatory: boolean().notNull(),
    since: date({ mode: 'string' }).notNull(),
    /** Last day the sector took part; null while it does (a sector that leaves is dated, never deleted). */
    until: date({ mode: 'string' }),
    ...provenanceColumns(),
    /** Set when an editor wrote the row through the API: seeding then leaves it as it is. */
    ...editedAtColumns(),
  },
  (table) => [primaryKey({ name: 'livcr_cell_member_roles_pk', columns: [table.cellId, table.sector] })],
);

/**
 * The dated changes of a cell's meeting band written through the API (issue 9: history, not overwrite): from
 * `changed_on` on the band is `band`, before it `previous_band`. `livcr_cells.meeting_frequency` holds the band of
 * today; the band on an earlier date is the `previous_band` of the first change after that date. Seeds never write it.
 */
export const livcrCellMeetingBandChanges = municipalitiesSchema.table(
  'livcr_cell_meeting_band_changes',
  {
    cellId: text()
      .notNull()
      .references(() => livcrCells.id),
    changedOn: date({ mode: 'string' }).notNull(),
    previousBand: text().notNull(),
    band: text().notNull(),
    ...editedAtColumns(),
  },
  (table) => [primaryKey({ name: 'livcr_cell_meeting_band_changes_pk', columns: [table.cellId, table.changedOn] })],
);

export const seedState = municipalitiesSchema.table('seed_state', seedStateColumns());

/** This level's append-only audit trail of writes and personal-data reads (schema/AUTHORIZATION.md "Writes"). */
export const auditLog = auditLogTable(municipalitiesSchema);

/** This level's stored first answers of idempotent mutations. */
export const idempotencyKeys = idempotencyKeysTable(municipalitiesSchema);
