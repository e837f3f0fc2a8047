import { walloniaBrusselsTables } from '@cohesion/db';
import {
  archiveMutationResolver,
  updateMutationResolver,
  checkEmail,
  checkLocalizedText,
  checkPhone,
  checkText,
  checkWebAddress,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type OrganisationRow } from '../data/rows';
import {
  type MutationResolvers,
  type UpdateWalloniaBrusselsOrganisationInput,
} from '../generated/resolvers-types';
import { createdRecordValues, regionsTerritory, runMutation, sortTextOf } from './run-mutation';

const { organisations } = walloniaBrusselsTables;
const RECORD_TYPE = 'WalloniaBrusselsOrganisation';

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

function derived(row: Pick<OrganisationRow, 'name' | 'acronym' | 'alsoKnownAs' | 'description' | 'citedAs'>) {
  return {
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs, row.description, row.citedAs),
  };
}

export const organisationMutations: Pick<
  MutationResolvers,
  | 'createWalloniaBrusselsOrganisation'
  | 'updateWalloniaBrusselsOrganisation'
  | 'archiveWalloniaBrusselsOrganisation'
> = {
  createWalloniaBrusselsOrganisation: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createWalloniaBrusselsOrganisation',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('names', input.names, { maxLength: 300, required: true }),
        checkLocalizedText('description', input.description, { maxLength: 5000, required: true }),
        input.regions.length === 0
          ? invalidValue('regions', [], 'expected at least one of WALLONIA, BRUSSELS, FLANDERS')
          : null,
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('organisation');
        const regions = [...new Set(input.regions)];
        const territory = regionsTerritory(regions);
        transaction.requireJurisdiction(territory, { recordType: RECORD_TYPE, id, idField: 'regions' });
        const name = localizedTextValue(input.names);
        const description = localizedTextValue(input.description);
        const values = {
          id,
          name,
          acronym: input.acronym ?? null,
          alsoKnownAs: [] as string[],
          type: input.type,
          level: input.level,
          regions,
          website: input.website ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          description,
          since: null,
          parentOrganisationId: null,
          municipalityNis: null,
          relayOfEuOrganisationId: null,
          ...createdRecordValues(transaction.identity, ''),
        };
        const row = { ...values, ...derived(values) };
        const [organisation] = await transaction.db.insert(organisations).values(row).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(row),
          territory,
        });
        return { organisation: organisation as OrganisationRow };
      },
    }),
  updateWalloniaBrusselsOrganisation: updateMutationResolver<
    OrganisationRow,
    'organisation',
    UpdateWalloniaBrusselsOrganisationInput
  >(runMutation, {
    mutation: 'updateWalloniaBrusselsOrganisation',
    table: organisations,
    idColumn: organisations.id,
    recordType: RECORD_TYPE,
    payloadKey: 'organisation',
    changeable: ['names', 'acronym', 'type', 'website', 'email', 'phone', 'description'],
    inputErrors: (input) => fieldErrors(input),
    territory: (row) => regionsTerritory(row.regions),
    change: (input, current) => {
      const next = pickGiven({
        name: input.names ? localizedTextValue(input.names) : null,
        acronym: input.acronym,
        type: input.type,
        website: input.website,
        email: input.email,
        phone: input.phone,
        description: input.description ? localizedTextValue(input.description) : null,
      });
      return { ...next, ...derived({ ...current, ...next }) };
    },
  }),
  archiveWalloniaBrusselsOrganisation: archiveMutationResolver<OrganisationRow, 'organisation'>(runMutation, {
    mutation: 'archiveWalloniaBrusselsOrganisation',
    table: organisations,
    idColumn: organisations.id,
    recordType: RECORD_TYPE,
    payloadKey: 'organisation',
    territory: (row) => regionsTerritory(row.regions),
  }),
};
