import { walloniaBrusselsTables } from '@cohesion/db';
import {
  archiveMutationResolver,
  updateMutationResolver,
  checkDate,
  checkLocalizedText,
  checkNisCodeInput,
  checkText,
  collectUserErrors,
  creationChanges,
  localizedTextValue,
  newRecordId,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type DocumentRow } from '../data/rows';
import {
  type MutationResolvers,
  type UpdateWalloniaBrusselsDocumentInput,
} from '../generated/resolvers-types';
import { createdRecordValues, placeTerritory, runMutation, sortTextOf } from './run-mutation';

const { documents } = walloniaBrusselsTables;
const RECORD_TYPE = 'WalloniaBrusselsDocument';

type DocumentFields = {
  titles?: Parameters<typeof localizedTextValue>[0] | null;
  issuedOn?: string | null;
  issuingAuthority?: string | null;
  reference?: string | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
};

function fieldErrors(input: DocumentFields) {
  return [
    checkLocalizedText('titles', input.titles, { maxLength: 500 }),
    checkDate('issuedOn', input.issuedOn, { notBefore: '1980-01-01' }),
    checkText('issuingAuthority', input.issuingAuthority, { maxLength: 300 }),
    checkText('reference', input.reference, { maxLength: 200 }),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
  ];
}

function derived(
  row: Pick<DocumentRow, 'title' | 'description' | 'issuingAuthority' | 'reference' | 'citedAs'>,
) {
  return {
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(row.title, row.description, row.issuingAuthority, row.reference, row.citedAs),
  };
}

/** A publication day as the stored period it designates: one day, to the day. */
const issuedOnDay = (day: string | null | undefined) =>
  day ? { issuedFrom: day, issuedTo: day, issuedPrecision: 'DAY' } : {};

export const documentMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsDocument' | 'updateWalloniaBrusselsDocument' | 'archiveWalloniaBrusselsDocument'
> = {
  createWalloniaBrusselsDocument: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createWalloniaBrusselsDocument',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('titles', input.titles, { maxLength: 500, required: true }),
        checkLocalizedText('description', input.description, { maxLength: 5000, required: true }),
        checkNisCodeInput('municipality', input.municipality),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('document');
        const territory = placeTerritory(input.municipality ?? null);
        transaction.requireJurisdiction(territory, { recordType: RECORD_TYPE, id, idField: 'municipality' });
        const values = {
          id,
          title: localizedTextValue(input.titles),
          type: input.type,
          issuedFrom: null,
          issuedTo: null,
          issuedPrecision: null,
          ...issuedOnDay(input.issuedOn),
          issuingAuthority: input.issuingAuthority ?? null,
          reference: input.reference ?? null,
          description: localizedTextValue(input.description),
          authorOrganisationIds: [] as string[],
          authorFlandersOrganisationIds: [] as string[],
          municipalityNis: input.municipality ?? null,
          relatedDocumentIds: [] as string[],
          measureCount: null,
          platform: null,
          channel: null,
          ...createdRecordValues(transaction.identity, ''),
        };
        const row = { ...values, ...derived(values) };
        const [document] = await transaction.db.insert(documents).values(row).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(row),
          territory,
        });
        return { document: document as DocumentRow };
      },
    }),
  updateWalloniaBrusselsDocument: updateMutationResolver<
    DocumentRow,
    'document',
    UpdateWalloniaBrusselsDocumentInput
  >(runMutation, {
    mutation: 'updateWalloniaBrusselsDocument',
    table: documents,
    idColumn: documents.id,
    recordType: RECORD_TYPE,
    payloadKey: 'document',
    changeable: ['titles', 'type', 'issuedOn', 'issuingAuthority', 'reference', 'description'],
    inputErrors: (input) => fieldErrors(input),
    territory: (row) => placeTerritory(row.municipalityNis),
    change: (input, current) => {
      const next = {
        ...pickGiven({
          title: input.titles ? localizedTextValue(input.titles) : null,
          type: input.type,
          issuingAuthority: input.issuingAuthority,
          reference: input.reference,
          description: input.description ? localizedTextValue(input.description) : null,
        }),
        ...issuedOnDay(input.issuedOn),
      };
      return { ...next, ...derived({ ...current, ...next }) };
    },
  }),
  archiveWalloniaBrusselsDocument: archiveMutationResolver<DocumentRow, 'document'>(runMutation, {
    mutation: 'archiveWalloniaBrusselsDocument',
    table: documents,
    idColumn: documents.id,
    recordType: RECORD_TYPE,
    payloadKey: 'document',
    territory: (row) => placeTerritory(row.municipalityNis),
  }),
};
