import { flandersTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven } from '@cohesion/kit';
import { type OrganisationRow } from '../data/rows';
import {
  type CreateFlemishOrganisationInput,
  type MutationResolvers,
  type UpdateFlemishOrganisationInput,
} from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { organisations } = flandersTables;

export const organisationMutations: Pick<
  MutationResolvers,
  'createFlemishOrganisation' | 'updateFlemishOrganisation' | 'archiveFlemishOrganisation'
> = createRecurringRecordMutations<
  OrganisationRow,
  'FlemishOrganisation',
  CreateFlemishOrganisationInput,
  UpdateFlemishOrganisationInput
>(runMutation, {
  kind: 'organisation',
  recordType: 'FlemishOrganisation',
  table: organisations,
  idColumn: organisations.id,
  territory: () => FLEMISH_REGION,
  insert: (input, identity) => ({
    name: localizedTextValue(input.names),
    acronym: input.acronym ?? null,
    type: input.type,
    level: 'FLANDERS',
    website: input.website ?? null,
    contactEmail: input.email ?? null,
    contactPhone: input.phone ?? null,
    contactOtherPhones: [],
    contactForm: null,
    registrationForm: null,
    description: input.description ? localizedTextValue(input.description) : null,
    ...createdCuratedValues(identity),
  }),
  change: (input) =>
    pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      acronym: input.acronym,
      type: input.type,
      website: input.website,
      contactEmail: input.email,
      contactPhone: input.phone,
      description: input.description ? localizedTextValue(input.description) : null,
    }),
  derive: (row) => ({
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs, row.description),
  }),
});
