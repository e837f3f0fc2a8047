import { type CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL (Apollo's start-with-typescript starter), with the database
// rows as the parent types so that resolvers are checked against what the data functions return.
const config: CodegenConfig = {
  schema: ['../../schema/common.graphql', './schema.graphql'],
  generates: {
    './src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../context#SubgraphContext',
        scalars: { Date: 'string', GeoJSON: 'unknown' },
        mappers: {
          Municipality: '../data/rows#MunicipalityRow',
          Province: '../data/rows#ProvinceRow',
          Region: '../data/rows#RegionRow',
          Arrondissement: '../data/rows#ArrondissementRow',
          FormerMunicipality: '../data/rows#PredecessorRow',
          LocalizedNames: '../data/rows#NamesSource',
          Provenance: '../data/rows#ProvenanceSource',
          MunicipalityConnection: '../data/rows#MunicipalityPage',
          MunicipalityEdge: '../data/rows#MunicipalityEdgeSource',
          LivcrCell: '../data/rows#LivcrCellSource',
          LivcrCellMembership: '../data/rows#LivcrMembershipRow',
          LivcrMemberRole: '../data/rows#LivcrMemberRoleRow',
          LivcrCellConnection: '../data/rows#LivcrCellPage',
          LivcrCellEdge: '../data/rows#LivcrCellEdgeSource',
          LivcrCoverage: '../map/coverage-source#LivcrCoverageSource',
          LivcrRegionCoverage: '../map/summarize-coverage#RegionCoverageSource',
          LivcrProvinceCoverage: '../map/summarize-coverage#ProvinceCoverageSource',
        },
      },
    },
  },
};
export default config;
