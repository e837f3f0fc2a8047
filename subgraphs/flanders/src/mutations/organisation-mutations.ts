import { flandersTables } from '@cohesion/db';
import {
  checkEmail,
  checkLocalizedText,
  checkPhone,
  checkText,
  checkWebAddress,
  collectUserErrors,
  creationChanges,
  localizedTextValue,
  newRecordId,
  pickGiven,
  archiveMutationResolver,
  updateMutationResolver,
} from '@cohesion/kit';
import { type OrganisationRow } from '../data/rows';
import { type MutationResolvers, type UpdateFlemishOrganisationInput } from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { organisations } = flandersTables;
const RECORD_TYPE = 'FlemishOrganisation';

type OrganisationFields = {
  names?: Parameters<typeof localizedTextValue>[0] | null;
  acronym?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
};

function fieldErrors(input: OrganisationFields) {
  return [
    checkLocalizedText('names', input.names, { maxLength: 300 }),
    checkText('acronym', input.acronym, { maxLength: 30 }),
    checkWebAddress('website', input.website),
    checkEmail('email', input.email),
    checkPhone('phone', input.phone),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
  ];
}

/** The stored columns derived from the texts (ordering and search), for a record's values after a write. */
function derived(row: Pick<OrganisationRow, 'name' | 'alsoKnownAs' | 'description' | 'acronym'>) {
  return {
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs, row.description),
  };
}

export const organisationMutations: Pick<
  MutationResolvers,
  'createFlemishOrganisation' | 'updateFlemishOrganisation' | 'archiveFlemishOrganisation'
> = {
  createFlemishOrganisation: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createFlemishOrganisation',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('names', input.names, { maxLength: 300, required: true }),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('organisation');
        transaction.requireJurisdiction(FLEMISH_REGION, { recordType: RECORD_TYPE, id });
        const name = localizedTextValue(input.names);
        const description = input.description ? localizedTextValue(input.description) : null;
        const values = {
          id,
          name,
          sortName: sortTextOf(name),
          acronym: input.acronym ?? null,
          type: input.type,
          level: 'FLANDERS',
          website: input.website ?? null,
          contactEmail: input.email ?? null,
          contactPhone: input.phone ?? null,
          contactOtherPhones: [] as string[],
          contactForm: null,
          registrationForm: null,
          description,
          ...createdCuratedValues(transaction.identity, searchTextOf(name, input.acronym, description)),
        };
        const [organisation] = await transaction.db.insert(organisations).values(values).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(values),
          territory: FLEMISH_REGION,
        });
        return { organisation: organisation as OrganisationRow };
      },
    }),
  updateFlemishOrganisation: updateMutationResolver<
    OrganisationRow,
    'organisation',
    UpdateFlemishOrganisationInput
  >(runMutation, {
    mutation: 'updateFlemishOrganisation',
    table: organisations,
    idColumn: organisations.id,
    recordType: RECORD_TYPE,
    payloadKey: 'organisation',
    changeable: ['names', 'acronym', 'type', 'website', 'email', 'phone', 'description'],
    inputErrors: (input) => fieldErrors(input),
    territory: () => FLEMISH_REGION,
    change: (input, current) => {
      const next = pickGiven({
        name: input.names ? localizedTextValue(input.names) : null,
        acronym: input.acronym,
        type: input.type,
        website: input.website,
        contactEmail: input.email,
        contactPhone: input.phone,
        description: input.description ? localizedTextValue(input.description) : null,
      });
      return { ...next, ...derived({ ...current, ...next }) };
    },
  }),
  archiveFlemishOrganisation: archiveMutationResolver<OrganisationRow, 'organisation'>(runMutation, {
    territory: () => FLEMISH_REGION,
    mutation: 'archiveFlemishOrganisation',
    table: organisations,
    idColumn: organisations.id,
    recordType: RECORD_TYPE,
    payloadKey: 'organisation',
  }),
};
