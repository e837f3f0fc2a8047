import { federalTables } from '@cohesion/db';
import {
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
  writtenByEditor,
} from '@cohesion/kit';
import { type OrganisationRow } from '../data/rows';
import {
  type CreateFederalOrganisationInput,
  type MutationResolvers,
  type UpdateFederalOrganisationInput,
} from '../generated/resolvers-types';
import { NATIONAL, optionalText, runMutation, sortKeyOf } from './run-mutation';

const { organisations } = federalTables;

export const organisationMutations: Pick<
  MutationResolvers,
  'createFederalOrganisation' | 'updateFederalOrganisation' | 'archiveFederalOrganisation'
> = createRecurringRecordMutations<
  OrganisationRow,
  'FederalOrganisation',
  CreateFederalOrganisationInput,
  UpdateFederalOrganisationInput
>(runMutation, {
  kind: 'organisation',
  recordType: 'FederalOrganisation',
  table: organisations,
  idColumn: organisations.id,
  territory: () => NATIONAL,
  references: [
    { field: 'parent', table: organisations, idColumn: organisations.id, recordType: 'FederalOrganisation' },
  ],
  insert: (input, identity) => ({
    name: localizedTextValue(input.names),
    acronym: input.acronym ?? null,
    alsoKnownAs: [],
    type: input.type,
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    description: optionalText(input.description),
    parentId: input.parent ?? null,
    outsideHub: false,
    ...writtenByEditor(identity),
  }),
  change: (input) =>
    pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      acronym: input.acronym,
      type: input.type,
      website: input.website,
      email: input.email,
      phone: input.phone,
      description: optionalText(input.description),
    }),
  derive: (row) => ({
    sortKey: sortKeyOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs),
  }),
});
