import { connectionResolvers } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { documentResolvers } from './document';
import { eventResolvers } from './event';
import { figuresResolvers } from './figures';
import { levelResolvers } from './level';
import { municipalityResolvers } from './municipality';
import { offerResolvers } from './offer';
import { organisationResolvers } from './organisation';
import { projectResolvers } from './project';
import { DateScalar } from './scalars';
import { text } from './text';

export const resolvers: Resolvers = {
  Date: DateScalar,
  ...levelResolvers,
  ...organisationResolvers,
  ...offerResolvers,
  ...eventResolvers,
  ...projectResolvers,
  ...documentResolvers,
  ...municipalityResolvers,
  ...figuresResolvers,
  WalloniaBrusselsOrganisationConnection: connectionResolvers(),
  WalloniaBrusselsOfferConnection: connectionResolvers(),
  WalloniaBrusselsEventConnection: connectionResolvers(),
  WalloniaBrusselsProjectConnection: connectionResolvers(),
  WalloniaBrusselsDocumentConnection: connectionResolvers(),
  WalloniaBrusselsCsilrSupportConnection: connectionResolvers(),
  WalloniaBrusselsPreventionGuidanceConnection: connectionResolvers(),
  LocalizedText: text.LocalizedText,
  Provenance: {
    kind: (provenance) => provenance.sourceKind as never,
    url: (provenance) => provenance.sourceUrl,
  },
};
