import { type CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL, with the database rows as parent types, so that resolvers are
// checked against what the data functions return.
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
          WalloniaBrusselsLevel: '../data/rows#LevelSource',
          WalloniaBrusselsSource: '../data/rows#SourceRow',
          WalloniaBrusselsOrganisation: '../data/rows#OrganisationRow',
          WalloniaBrusselsOffer: '../data/rows#OfferRow',
          WalloniaBrusselsEvent: '../data/rows#EventRow',
          WalloniaBrusselsProject: '../data/rows#ProjectRow',
          WalloniaBrusselsDocument: '../data/rows#DocumentRow',
          WalloniaBrusselsCsilrSupport: '../data/rows#CsilrSupportRow',
          WalloniaBrusselsPreventionGuidance: '../data/rows#PreventionGuidanceRow',
          WalloniaBrusselsVenue: '../data/rows#EventRow',
          WalloniaBrusselsFunctionalContact: '../data/rows#FunctionalContactSource',
          WalloniaBrusselsPartialDate: '../data/rows#PartialDateSource',
          WalloniaBrusselsFigures: '../data/rows#LevelSource',
          WalloniaBrusselsOrganisationConnection: '../data/rows#OrganisationPage',
          WalloniaBrusselsOrganisationEdge: '../data/rows#OrganisationEdge',
          WalloniaBrusselsOfferConnection: '../data/rows#OfferPage',
          WalloniaBrusselsOfferEdge: '../data/rows#OfferEdge',
          WalloniaBrusselsEventConnection: '../data/rows#EventPage',
          WalloniaBrusselsEventEdge: '../data/rows#EventEdge',
          WalloniaBrusselsProjectConnection: '../data/rows#ProjectPage',
          WalloniaBrusselsProjectEdge: '../data/rows#ProjectEdge',
          WalloniaBrusselsDocumentConnection: '../data/rows#DocumentPage',
          WalloniaBrusselsDocumentEdge: '../data/rows#DocumentEdge',
          WalloniaBrusselsCsilrSupportConnection: '../data/rows#CsilrSupportPage',
          WalloniaBrusselsCsilrSupportEdge: '../data/rows#CsilrSupportEdge',
          WalloniaBrusselsPreventionGuidanceConnection: '../data/rows#PreventionGuidancePage',
          WalloniaBrusselsPreventionGuidanceEdge: '../data/rows#PreventionGuidanceEdge',
          LocalizedText: '../data/rows#LocalizedTextValue',
          Provenance: '../data/rows#ProvenanceSource',
          Municipality: '../data/rows#MunicipalityReference',
        },
      },
    },
  },
};
export default config;
