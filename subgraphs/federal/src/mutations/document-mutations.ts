import { federalTables } from '@cohesion/db';
import {
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
  writtenByEditor,
} from '@cohesion/kit';
import { type DocumentRow } from '../data/rows';
import {
  type CreateFederalDocumentInput,
  type MutationResolvers,
  type UpdateFederalDocumentInput,
} from '../generated/resolvers-types';
import { NATIONAL, optionalText, runMutation, sortKeyOf } from './run-mutation';

const { documents } = federalTables;

export const documentMutations: Pick<
  MutationResolvers,
  'createFederalDocument' | 'updateFederalDocument' | 'archiveFederalDocument'
> = createRecurringRecordMutations<
  DocumentRow,
  'FederalDocument',
  CreateFederalDocumentInput,
  UpdateFederalDocumentInput
>(runMutation, {
  kind: 'document',
  recordType: 'FederalDocument',
  table: documents,
  idColumn: documents.id,
  territory: () => NATIONAL,
  references: [
    { field: 'replaces', table: documents, idColumn: documents.id, recordType: 'FederalDocument' },
  ],
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
    type: input.type,
    date: input.date ?? null,
    datePrecision: input.date ? 'DAY' : null,
    issuingAuthority: input.issuingAuthority ?? null,
    issuerId: null,
    reference: input.reference ?? null,
    description: optionalText(input.description),
    replacesId: input.replaces ?? null,
    presentedAtEventId: null,
    initiativesMoreThan: null,
    ...writtenByEditor(identity),
  }),
  change: (input) =>
    pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      type: input.type,
      date: input.date,
      datePrecision: input.date ? ('DAY' as const) : null,
      issuingAuthority: input.issuingAuthority,
      reference: input.reference,
      description: optionalText(input.description),
    }),
  derive: (row) => ({ sortKey: sortKeyOf(row.title), searchText: searchTextOf(row.title, row.reference) }),
});
