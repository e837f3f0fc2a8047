import { index, jsonb, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';
import { type Geometry } from 'geojson';
import { provenanceColumns, seedStateColumns } from './provenance';

/** The municipalities subgraph's own Postgres schema: Statbel's territorial units and their boundaries. */
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

export const seedState = municipalitiesSchema.table('seed_state', seedStateColumns());
