import { flandersTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven } from '@cohesion/kit';
import { type OfferRow } from '../data/rows';
import {
  type CreateFlemishOfferInput,
  type MutationResolvers,
  type UpdateFlemishOfferInput,
} from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { offers, organisations } = flandersTables;

export const offerMutations: Pick<
  MutationResolvers,
  'createFlemishOffer' | 'updateFlemishOffer' | 'archiveFlemishOffer'
> = createRecurringRecordMutations<
  OfferRow,
  'FlemishOffer',
  CreateFlemishOfferInput,
  UpdateFlemishOfferInput
>(runMutation, {
  kind: 'offer',
  recordType: 'FlemishOffer',
  table: offers,
  idColumn: offers.id,
  territory: () => FLEMISH_REGION,
  references: [
    {
      field: 'organisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'FlemishOrganisation',
    },
  ],
  insert: (input, identity) => ({
    organisationId: input.organisation,
    title: localizedTextValue(input.titles),
    kind: input.kind,
    audience: [],
    languages: null,
    contactEmail: null,
    contactPhone: null,
    contactOtherPhones: [],
    contactForm: null,
    registrationForm: null,
    description: input.description ? localizedTextValue(input.description) : null,
    topics: [],
    formats: [],
    free: input.free ?? null,
    availableFrom: input.availableFrom ?? null,
    availableFromPrecision: input.availableFrom ? 'DAY' : null,
    ...createdCuratedValues(identity),
  }),
  change: (input) =>
    pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      kind: input.kind,
      description: input.description ? localizedTextValue(input.description) : null,
      free: input.free,
      availableFrom: input.availableFrom,
      availableFromPrecision: input.availableFrom ? ('DAY' as const) : null,
    }),
  derive: (row) => ({
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(row.title, row.alsoKnownAs, row.description, row.audience, ...row.topics),
  }),
});
