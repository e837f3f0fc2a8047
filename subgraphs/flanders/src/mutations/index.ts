import { type MutationResolvers } from '../generated/resolvers-types';
import { coachingMutations } from './coaching-mutations';
import { documentMutations } from './document-mutations';
import { emmascanMutations } from './emmascan-mutations';
import { eventMutations } from './event-mutations';
import { helpdeskMutations } from './helpdesk-mutations';
import { meetingMutations } from './meeting-mutations';
import { networkMutations } from './network-mutations';
import { offerMutations } from './offer-mutations';
import { organisationMutations } from './organisation-mutations';
import { projectMutations } from './project-mutations';

/** The Flemish level's mutations (schema.graphql `Mutation`): one per intent, each through kit's mutation runner. */
export const mutationResolvers: MutationResolvers = {
  ...organisationMutations,
  ...offerMutations,
  ...eventMutations,
  ...projectMutations,
  ...documentMutations,
  ...networkMutations,
  ...meetingMutations,
  ...coachingMutations,
  ...emmascanMutations,
  ...helpdeskMutations,
};
