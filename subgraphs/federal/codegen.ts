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
          FederalLevel: '../data/rows#FederalLevelSource',
          FederalOrganisation: '../data/rows#OrganisationRow',
          FederalFunctionalContact: '../data/rows#FunctionalContactSource',
          FederalOrganisationConnection: '../data/rows#OrganisationPage',
          FederalOrganisationEdge: '../data/rows#EdgeSource<OrganisationRow>',
          FederalOffer: '../data/rows#OfferRow',
          FederalOfferConnection: '../data/rows#OfferPage',
          FederalOfferEdge: '../data/rows#EdgeSource<OfferRow>',
          FederalEvent: '../data/rows#EventRow',
          FederalVenue: '../data/rows#VenueSource',
          FederalEventConnection: '../data/rows#EventPage',
          FederalEventEdge: '../data/rows#EdgeSource<EventRow>',
          FederalProject: '../data/rows#ProjectRow',
          FederalProjectConnection: '../data/rows#ProjectPage',
          FederalProjectEdge: '../data/rows#EdgeSource<ProjectRow>',
          FederalDocument: '../data/rows#DocumentRow',
          FederalDocumentConnection: '../data/rows#DocumentPage',
          FederalDocumentEdge: '../data/rows#EdgeSource<DocumentRow>',
          FederalLocalInitiative: '../data/rows#LocalInitiativeRow',
          FederalLocalInitiativeConnection: '../data/rows#LocalInitiativePage',
          FederalLocalInitiativeEdge: '../data/rows#EdgeSource<LocalInitiativeRow>',
          FederalMobileTeam: '../data/rows#MobileTeamRow',
          FederalMobileTeamVisit: '../data/rows#VisitRow',
          FederalMobileTeamVisitConnection: '../data/rows#VisitPage',
          FederalMobileTeamVisitEdge: '../data/rows#EdgeSource<VisitRow>',
          FederalCoverageObservation: '../data/rows#CoverageObservationRow',
          PoliceZone: '../data/rows#PoliceZoneRow',
          PoliceZoneConnection: '../data/rows#PoliceZonePage',
          PoliceZoneEdge: '../data/rows#EdgeSource<PoliceZoneRow>',
          FederalFigure: '../data/rows#FigureSource',
          Municipality: '../data/rows#MunicipalityReference',
          Province: '../data/rows#ProvinceReference',
          EuOrganisation: '../data/rows#EuOrganisationReference',
          LocalizedText: '../data/rows#LocalizedTextSource',
          Provenance: '../data/rows#ProvenanceSource',
        },
      },
    },
  },
};
export default config;
