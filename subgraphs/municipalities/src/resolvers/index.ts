import { connectionResolvers } from '@cohesion/kit';
import { GraphQLScalarType } from 'graphql';
import { BOUNDARY_URL } from '../data/find-boundary-provenance';
import { findMunicipalityPage } from '../data/find-municipality-page';
import { findAllProvinces } from '../data/find-provinces-by-nis';
import { findAllRegions } from '../data/find-regions-by-nis';
import { type MunicipalityRow, type NamesSource, type ProvenanceSource } from '../data/rows';
import { type LanguageRegime, type RegionCode, type Resolvers } from '../generated/resolvers-types';
import { commonResolvers, isNisCode, REGION_NIS, required } from '@cohesion/kit';
import { livcrCellMutations } from '../mutations/livcr-cell-mutations';
import { municipalitiesAuditTrail } from '../mutations/run-mutation';
import { checkNis } from './arguments';
import { livcrCellResolvers } from './livcr-cells';
import { livcrCoverageResolvers } from './livcr-coverage';
import { germanName, nameIn, nameText } from './localized-names';

/** A province's, region's or arrondissement's names, falling back to Dutch in the Flemish Region and to French elsewhere. */
const inRegionLanguage = <Row extends NamesSource>(row: Row, regionNis: string): Row => ({ ...row, languageRegime: regionNis === '02000' ? 'N' : 'F' });

const LANGUAGE_REGIMES: Record<string, LanguageRegime> = {
  N: 'DUTCH',
  F: 'FRENCH',
  D: 'GERMAN',
  FN: 'BILINGUAL_FRENCH_DUTCH',
};

const provenanceOf = (row: ProvenanceSource): ProvenanceSource => row;

export const resolvers: Resolvers = {
  ...commonResolvers,
  // No field of this subgraph returns a Venue; kit's resolver answers other levels' municipality references by key.
  Venue: {},
  GeoJSON: new GraphQLScalarType({
    name: 'GeoJSON',
    description: 'A GeoJSON geometry object (RFC 7946).',
    serialize: (value) => value,
  }),
  Query: {
    municipality: (_parent, { nis }, { loaders }) => loaders.municipality.load(checkNis(nis)),
    municipalities: (_parent, { filter, ...page }, { db }) =>
      findMunicipalityPage(
        db,
        {
          regionNis: filter?.region ? REGION_NIS[filter.region] : undefined,
          provinceNis: filter?.province ? checkNis(filter.province, 'filter.province') : undefined,
          search: filter?.search,
        },
        page,
      ),
    province: (_parent, { nis }, { loaders }) => loaders.province.load(checkNis(nis)),
    provinces: (_parent, _args, { db, loaders }) =>
      findAllProvinces(db).then((rows) => rows.map((row) => loaders.province.prime(row.nis, row) && row)),
    regions: (_parent, _args, { db }) => findAllRegions(db),
    ...livcrCellResolvers.Query,
    ...livcrCoverageResolvers.Query,
    municipalitiesAuditTrail: (parent, args, context, info) => municipalitiesAuditTrail(parent, args, context, info),
  },
  Mutation: livcrCellMutations,
  MunicipalityConnection: connectionResolvers<MunicipalityRow>(),
  Municipality: {
    __resolveReference: (reference, { loaders }) =>
      isNisCode(reference.nis) ? loaders.municipality.load(reference.nis) : null,
    names: (row) => row,
    name: (row, { lang }, { language }) => nameIn(row, lang, language),
    languageRegime: (row) => required(LANGUAGE_REGIMES[row.languageRegime] ?? null, `language regime ${row.languageRegime}`),
    arrondissement: async (row, _args, { loaders }) =>
      required(await loaders.arrondissement.load(row.arrondissementNis), `arrondissement ${row.arrondissementNis}`),
    province: (row, _args, { loaders }) => (row.provinceNis ? loaders.province.load(row.provinceNis) : null),
    region: async (row, _args, { loaders }) => required(await loaders.region.load(row.regionNis), `region ${row.regionNis}`),
    predecessors: (row, _args, { loaders }) => loaders.predecessors.load(row.nis),
    geometry: (row, _args, { loaders }) => loaders.municipalityGeometry.load(row.nis),
    provenance: provenanceOf,
    boundaryProvenance: (row) => ({
      source: row.boundarySource,
      sourceKind: 'OFFICIAL_STATISTICS',
      sourceUrl: BOUNDARY_URL,
      referenceDate: row.boundaryReferenceDate,
    }),
    ...livcrCellResolvers.Municipality,
  },
  Province: {
    __resolveReference: (reference, { loaders }) => (isNisCode(reference.nis) ? loaders.province.load(reference.nis) : null),
    names: (row) => inRegionLanguage(row, row.regionNis),
    name: (row, { lang }, { language }) => nameIn(inRegionLanguage(row, row.regionNis), lang, language),
    region: async (row, _args, { loaders }) => required(await loaders.region.load(row.regionNis), `region ${row.regionNis}`),
    geometry: (row, _args, { loaders }) => loaders.provinceGeometry.load(row.nis),
    provenance: provenanceOf,
  },
  Region: {
    __resolveReference: (reference, { loaders }) => (isNisCode(reference.nis) ? loaders.region.load(reference.nis) : null),
    code: (row) => row.code as RegionCode,
    names: (row) => inRegionLanguage(row, row.nis),
    name: (row, { lang }, { language }) => nameIn(inRegionLanguage(row, row.nis), lang, language),
    provinces: (row, _args, { loaders }) => loaders.provincesByRegion.load(row.nis),
    geometry: (row, _args, { loaders }) => loaders.regionGeometry.load(row.nis),
    provenance: provenanceOf,
  },
  Arrondissement: {
    names: (row) => inRegionLanguage(row, row.regionNis),
    name: (row, { lang }, { language }) => nameIn(inRegionLanguage(row, row.regionNis), lang, language),
  },
  FormerMunicipality: {
    nis: (row) => row.predecessorNis,
    names: (row) => ({ ...row, nameDe: null }),
  },
  LocalizedNames: {
    nl: (names) => names.nameNl,
    fr: (names) => names.nameFr,
    de: (names) => germanName(names),
    text: (names, { lang }, { language }) => nameText(names, lang, language),
  },
  LivcrCell: livcrCellResolvers.LivcrCell,
  LivcrMemberRole: livcrCellResolvers.LivcrMemberRole,
  LivcrCellMembership: livcrCellResolvers.LivcrCellMembership,
  LivcrCellConnection: livcrCellResolvers.LivcrCellConnection,
  LivcrCoverage: livcrCoverageResolvers.LivcrCoverage,
  LivcrRegionCoverage: livcrCoverageResolvers.LivcrRegionCoverage,
  LivcrProvinceCoverage: livcrCoverageResolvers.LivcrProvinceCoverage,
};
