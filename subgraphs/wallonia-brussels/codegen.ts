import { subgraphCodegenConfig } from '@cohesion/kit/codegen-config';

// The database rows (and page sources) each GraphQL type's resolvers receive as their parent.
export default subgraphCodegenConfig({
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
    Municipality: '../data/rows#MunicipalityReference',
  },
});
