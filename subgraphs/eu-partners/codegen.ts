import { type CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL (Apollo's start-with-typescript starter), with the database rows as the
// parent types, so that resolvers are checked against what the data functions return.
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
          EuPartnersLevel: '../data/rows#LevelSource',
          EuSource: '../data/rows#SourceRow',
          EuOrganisation: '../data/rows#OrganisationRow',
          EuEvent: '../data/rows#EventRow',
          EuVenue: '../data/rows#EventRow',
          EuRegistration: '../data/rows#EventRow',
          EuSpeaker: '../data/rows#SpeakerValue',
          EuEventSeries: '../data/rows#EventSeriesRow',
          EuProject: '../data/rows#ProjectRow',
          EuProjectPartner: '../data/rows#ProjectPartnerRow',
          EuDocument: '../data/rows#DocumentRow',
          EuWorkingGroup: '../data/rows#WorkingGroupRow',
          EuEfusMembership: '../data/rows#EfusMembershipRow',
          EuPartialDate: '../data/rows#PartialDateSource',
          EuFunctionalContact: '../data/rows#FunctionalContactSource',
          EuCount: '../data/rows#CountSource',
          EuFigures: '../data/rows#LevelSource',
          EuFigure: '../data/rows#FigureSource',
          EuOrganisationConnection: '../data/rows#OrganisationPage',
          EuOrganisationEdge: '../data/rows#OrganisationEdge',
          EuEventConnection: '../data/rows#EventPage',
          EuEventEdge: '../data/rows#EventEdge',
          EuEventSeriesConnection: '../data/rows#EventSeriesPage',
          EuEventSeriesEdge: '../data/rows#EventSeriesEdge',
          EuProjectConnection: '../data/rows#ProjectPage',
          EuProjectEdge: '../data/rows#ProjectEdge',
          EuDocumentConnection: '../data/rows#DocumentPage',
          EuDocumentEdge: '../data/rows#DocumentEdge',
          EuWorkingGroupConnection: '../data/rows#WorkingGroupPage',
          EuWorkingGroupEdge: '../data/rows#WorkingGroupEdge',
          EuEfusMembershipConnection: '../data/rows#EfusMembershipPage',
          EuEfusMembershipEdge: '../data/rows#EfusMembershipEdge',
          WalloniaBrusselsOrganisation: '../data/rows#ForeignOrganisationReference',
          Municipality: '../data/rows#MunicipalityReference',
          LocalizedText: '../data/rows#LocalizedTextValue',
          Provenance: '../data/rows#ProvenanceSource',
        },
      },
    },
  },
};
export default config;
