import { euPartnersTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven, searchTextOf } from '@cohesion/kit';
import { type OrganisationRow } from '../data/rows';
import {
  type CreateEuOrganisationInput,
  type MutationResolvers,
  type UpdateEuOrganisationInput,
} from '../generated/resolvers-types';
import { createdRecordValues, EU_LEVEL, runMutation, sortTextOf } from './run-mutation';

const { organisations } = euPartnersTables;

export const organisationMutations: Pick<
  MutationResolvers,
  'createEuOrganisation' | 'updateEuOrganisation' | 'archiveEuOrganisation'
> = createRecurringRecordMutations<
  OrganisationRow,
  'EuOrganisation',
  CreateEuOrganisationInput,
  UpdateEuOrganisationInput
>(runMutation, {
  kind: 'organisation',
  recordType: 'EuOrganisation',
  table: organisations,
  idColumn: organisations.id,
  territory: () => EU_LEVEL,
  references: [
    {
      field: 'parentOrganisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'EuOrganisation',
    },
  ],
  insert: (input, identity) => ({
    name: localizedTextValue(input.names),
    acronym: input.acronym ?? null,
    alsoKnownAs: [],
    type: input.type,
    level: input.level,
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    description: localizedTextValue(input.description),
    foundedYear: null,
    hostInstitution: null,
    parentOrganisationId: input.parentOrganisation ?? null,
    predecessorOrganisationId: null,
    successorOrganisationId: null,
    successionYear: null,
    belgianRelay: null,
    legalBasisDocumentId: null,
    memberCount: null,
    memberCountApproximate: null,
    memberCountUnit: null,
    ...createdRecordValues(identity),
  }),
  change: (input) =>
    pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      acronym: input.acronym,
      type: input.type,
      level: input.level,
      website: input.website,
      email: input.email,
      phone: input.phone,
      description: input.description ? localizedTextValue(input.description) : null,
    }),
  derive: (row) => ({
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs),
  }),
});
