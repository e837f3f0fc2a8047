import { type MutationResolvers } from '../generated/resolvers-types';
import { documentMutations } from './document-mutations';
import { eventMutations } from './event-mutations';
import { organisationMutations } from './organisation-mutations';
import { projectMutations } from './project-mutations';
import { workingGroupMutations } from './working-group-mutations';

/** The EU level's mutations (schema.graphql `Mutation`): one per intent, each through kit's mutation runner. */
export const mutationResolvers: MutationResolvers = {
  ...organisationMutations,
  ...eventMutations,
  ...projectMutations,
  ...documentMutations,
  ...workingGroupMutations,
};
