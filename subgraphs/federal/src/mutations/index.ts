import { type MutationResolvers } from '../generated/resolvers-types';
import { coverageObservationMutations } from './coverage-observation-mutations';
import { documentMutations } from './document-mutations';
import { eventMutations } from './event-mutations';
import { localInitiativeMutations } from './local-initiative-mutations';
import { mobileTeamVisitMutations } from './mobile-team-visit-mutations';
import { offerMutations } from './offer-mutations';
import { organisationMutations } from './organisation-mutations';
import { projectMutations } from './project-mutations';

/** The federal level's mutations (schema.graphql `Mutation`): one per intent, each through kit's mutation runner. */
export const mutationResolvers: MutationResolvers = {
  ...organisationMutations,
  ...offerMutations,
  ...eventMutations,
  ...projectMutations,
  ...documentMutations,
  ...mobileTeamVisitMutations,
  ...localInitiativeMutations,
  ...coverageObservationMutations,
};
