import { subgraphCodegenConfig } from '@cohesion/kit/codegen-config';

// The database rows (and page sources) each GraphQL type's resolvers receive as their parent.
export default subgraphCodegenConfig({
  mappers: {
    Municipality: '../data/rows#MunicipalityRow',
    Province: '../data/rows#ProvinceRow',
    Region: '../data/rows#RegionRow',
    Arrondissement: '../data/rows#ArrondissementRow',
    FormerMunicipality: '../data/rows#PredecessorRow',
    LocalizedNames: '../data/rows#NamesSource',
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
});
