import { commonResolvers, connectionResolvers } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { mutationResolvers } from '../mutations';
import { documentResolvers } from './document';
import { eventResolvers } from './event';
import { levelResolvers } from './level';
import { municipalityResolvers } from './municipality';
import { offerResolvers } from './offer';
import { organisationResolvers } from './organisation';
import { projectResolvers } from './project';
import { text } from './text';

export const resolvers: Resolvers = {
  ...commonResolvers,
  Mutation: mutationResolvers,
  ...levelResolvers,
  ...organisationResolvers,
  ...offerResolvers,
  ...eventResolvers,
  ...projectResolvers,
  ...documentResolvers,
  ...municipalityResolvers,
  WalloniaBrusselsOrganisationConnection: connectionResolvers(),
  WalloniaBrusselsOfferConnection: connectionResolvers(),
  WalloniaBrusselsEventConnection: connectionResolvers(),
  WalloniaBrusselsProjectConnection: connectionResolvers(),
  WalloniaBrusselsDocumentConnection: connectionResolvers(),
  WalloniaBrusselsCsilrSupportConnection: connectionResolvers(),
  WalloniaBrusselsPreventionGuidanceConnection: connectionResolvers(),
  LocalizedText: text.LocalizedText,
};
