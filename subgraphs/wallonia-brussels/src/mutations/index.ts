import { type MutationResolvers } from '../generated/resolvers-types';
import { documentMutations } from './document-mutations';
import { eventMutations } from './event-mutations';
import { offerMutations } from './offer-mutations';
import { organisationMutations } from './organisation-mutations';
import { projectMutations } from './project-mutations';
import { supportMutations } from './support-mutations';

/** This level's mutations (schema.graphql `Mutation`): one per intent, each through kit's mutation runner. */
export const mutationResolvers: MutationResolvers = {
  ...organisationMutations,
  ...offerMutations,
  ...eventMutations,
  ...projectMutations,
  ...documentMutations,
  ...supportMutations,
};
