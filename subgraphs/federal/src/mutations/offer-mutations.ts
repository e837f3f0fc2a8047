import { federalTables } from '@cohesion/db';
import {
  checkText,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
  writtenByEditor,
} from '@cohesion/kit';
import { type OfferRow } from '../data/rows';
import {
  type CreateFederalOfferInput,
  type MutationResolvers,
  type UpdateFederalOfferInput,
} from '../generated/resolvers-types';
import { NATIONAL, optionalText, runMutation, sortKeyOf } from './run-mutation';

const { offers, organisations } = federalTables;

const languageCodes = (languages: readonly string[]) => [
  ...new Set(languages.map((language) => language.toLowerCase())),
];

export const offerMutations: Pick<
  MutationResolvers,
  'createFederalOffer' | 'updateFederalOffer' | 'archiveFederalOffer'
> = createRecurringRecordMutations<
  OfferRow,
  'FederalOffer',
  CreateFederalOfferInput,
  UpdateFederalOfferInput
>(runMutation, {
  kind: 'offer',
  recordType: 'FederalOffer',
  table: offers,
  idColumn: offers.id,
  territory: () => NATIONAL,
  references: [
    {
      field: 'organisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'FederalOrganisation',
    },
  ],
  createErrors: (input) => [checkText('format', input.format, { maxLength: 100 })],
  updateErrors: (input) => [checkText('format', input.format, { maxLength: 100 })],
  insert: (input, identity) => ({
    organisationId: input.organisation,
    title: localizedTextValue(input.titles),
    kind: input.kind,
    sessions: null,
    audience: [],
    languages: languageCodes(input.languages ?? []),
    howToRequest: null,
    format: input.format ?? null,
    description: optionalText(input.description),
    ...writtenByEditor(identity),
  }),
  change: (input) =>
    pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      kind: input.kind,
      languages: input.languages ? languageCodes(input.languages) : null,
      format: input.format,
      description: optionalText(input.description),
    }),
  derive: (row) => ({ sortKey: sortKeyOf(row.title), searchText: searchTextOf(row.title) }),
});
