import { euPartnersTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven, searchTextOf } from '@cohesion/kit';
import { type DocumentRow } from '../data/rows';
import {
  type CreateEuDocumentInput,
  type MutationResolvers,
  type UpdateEuDocumentInput,
} from '../generated/resolvers-types';
import { createdRecordValues, EU_LEVEL, runMutation, sortTextOf } from './run-mutation';

const { documents, organisations } = euPartnersTables;

/** A date given to the day: the stored date text and the one day it designates. */
const dateOf = (day: string | null | undefined) => ({ date: day, dateFrom: day, dateTo: day });

export const documentMutations: Pick<
  MutationResolvers,
  'createEuDocument' | 'updateEuDocument' | 'archiveEuDocument'
> = createRecurringRecordMutations<DocumentRow, 'EuDocument', CreateEuDocumentInput, UpdateEuDocumentInput>(
  runMutation,
  {
    kind: 'document',
    recordType: 'EuDocument',
    table: documents,
    idColumn: documents.id,
    territory: () => EU_LEVEL,
    references: [
      {
        field: 'issuingOrganisation',
        table: organisations,
        idColumn: organisations.id,
        recordType: 'EuOrganisation',
      },
    ],
    insert: (input, identity) => ({
      title: localizedTextValue(input.titles),
      type: input.type,
      ...dateOf(input.date ?? null),
      issuingAuthority: input.issuingAuthority.trim(),
      issuingOrganisationId: input.issuingOrganisation ?? null,
      reference: input.reference ?? null,
      description: localizedTextValue(input.description),
      ...createdRecordValues(identity),
    }),
    change: (input) =>
      pickGiven({
        title: input.titles ? localizedTextValue(input.titles) : null,
        type: input.type,
        ...dateOf(input.date),
        issuingAuthority: input.issuingAuthority?.trim(),
        reference: input.reference,
        description: input.description ? localizedTextValue(input.description) : null,
      }),
    derive: (row) => ({
      sortTitle: sortTextOf(row.title),
      searchText: searchTextOf(row.title, row.reference, row.issuingAuthority),
    }),
  },
);
