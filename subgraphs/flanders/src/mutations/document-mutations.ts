import { flandersTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven } from '@cohesion/kit';
import { type DocumentRow } from '../data/rows';
import {
  type CreateFlemishDocumentInput,
  type MutationResolvers,
  type UpdateFlemishDocumentInput,
} from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { documents } = flandersTables;

export const documentMutations: Pick<
  MutationResolvers,
  'createFlemishDocument' | 'updateFlemishDocument' | 'archiveFlemishDocument'
> = createRecurringRecordMutations<
  DocumentRow,
  'FlemishDocument',
  CreateFlemishDocumentInput,
  UpdateFlemishDocumentInput
>(runMutation, {
  kind: 'document',
  recordType: 'FlemishDocument',
  table: documents,
  idColumn: documents.id,
  territory: () => FLEMISH_REGION,
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
    type: input.type,
    date: input.date ?? null,
    datePrecision: input.date ? 'DAY' : null,
    effectiveFrom: null,
    issuingAuthority: input.issuingAuthority ?? null,
    reference: input.reference ?? null,
    description: input.description ? localizedTextValue(input.description) : null,
    authors: [],
    sections: [],
    partnerOrganisationIds: [],
    presentedAtEventId: null,
    ...createdCuratedValues(identity),
  }),
  change: (input) =>
    pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      type: input.type,
      date: input.date,
      datePrecision: input.date ? ('DAY' as const) : null,
      issuingAuthority: input.issuingAuthority,
      reference: input.reference,
      description: input.description ? localizedTextValue(input.description) : null,
    }),
  derive: (row) => ({
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(row.title, row.alsoKnownAs, row.description, row.issuingAuthority),
  }),
});
