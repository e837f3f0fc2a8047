import { flandersTables } from '@cohesion/db';
import {
  checkDate,
  checkLocalizedText,
  checkText,
  collectUserErrors,
  creationChanges,
  localizedTextValue,
  newRecordId,
  pickGiven,
  archiveMutationResolver,
  updateMutationResolver,
} from '@cohesion/kit';
import { type DocumentRow } from '../data/rows';
import { type MutationResolvers, type UpdateFlemishDocumentInput } from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { documents } = flandersTables;
const RECORD_TYPE = 'FlemishDocument';

type DocumentFields = {
  titles?: Parameters<typeof localizedTextValue>[0] | null;
  date?: string | null;
  issuingAuthority?: string | null;
  reference?: string | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
};

function fieldErrors(input: DocumentFields) {
  return [
    checkLocalizedText('titles', input.titles, { maxLength: 500 }),
    checkDate('date', input.date, { notBefore: '1980-01-01' }),
    checkText('issuingAuthority', input.issuingAuthority, { maxLength: 300 }),
    checkText('reference', input.reference, { maxLength: 200 }),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
  ];
}

function derived(row: Pick<DocumentRow, 'title' | 'alsoKnownAs' | 'description' | 'issuingAuthority'>) {
  return {
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(row.title, row.alsoKnownAs, row.description, row.issuingAuthority),
  };
}

export const documentMutations: Pick<
  MutationResolvers,
  'createFlemishDocument' | 'updateFlemishDocument' | 'archiveFlemishDocument'
> = {
  createFlemishDocument: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createFlemishDocument',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('titles', input.titles, { maxLength: 500, required: true }),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('document');
        transaction.requireJurisdiction(FLEMISH_REGION, { recordType: RECORD_TYPE, id });
        const title = localizedTextValue(input.titles);
        const description = input.description ? localizedTextValue(input.description) : null;
        const values = {
          id,
          title,
          sortTitle: sortTextOf(title),
          type: input.type,
          date: input.date ?? null,
          datePrecision: input.date ? ('DAY' as const) : null,
          effectiveFrom: null,
          issuingAuthority: input.issuingAuthority ?? null,
          reference: input.reference ?? null,
          description,
          authors: [],
          sections: [],
          partnerOrganisationIds: [] as string[],
          presentedAtEventId: null,
          ...createdCuratedValues(
            transaction.identity,
            searchTextOf(title, description, input.issuingAuthority),
          ),
        };
        const [document] = await transaction.db.insert(documents).values(values).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(values),
          territory: FLEMISH_REGION,
        });
        return { document: document as DocumentRow };
      },
    }),
  updateFlemishDocument: updateMutationResolver<DocumentRow, 'document', UpdateFlemishDocumentInput>(
    runMutation,
    {
      mutation: 'updateFlemishDocument',
      table: documents,
      idColumn: documents.id,
      recordType: RECORD_TYPE,
      payloadKey: 'document',
      changeable: ['titles', 'type', 'date', 'issuingAuthority', 'reference', 'description'],
      inputErrors: (input) => fieldErrors(input),
      territory: () => FLEMISH_REGION,
      change: (input, current) => {
        const next = pickGiven({
          title: input.titles ? localizedTextValue(input.titles) : null,
          type: input.type,
          date: input.date,
          datePrecision: input.date ? ('DAY' as const) : null,
          issuingAuthority: input.issuingAuthority,
          reference: input.reference,
          description: input.description ? localizedTextValue(input.description) : null,
        });
        return { ...next, ...derived({ ...current, ...next }) };
      },
    },
  ),
  archiveFlemishDocument: archiveMutationResolver<DocumentRow, 'document'>(runMutation, {
    territory: () => FLEMISH_REGION,
    mutation: 'archiveFlemishDocument',
    table: documents,
    idColumn: documents.id,
    recordType: RECORD_TYPE,
    payloadKey: 'document',
  }),
};
