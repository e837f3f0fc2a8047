import { flandersTables } from '@cohesion/db';
import {
  checkDate,
  checkLocalizedText,
  collectUserErrors,
  creationChanges,
  localizedTextValue,
  newRecordId,
  pickGiven,
  recordNotFound,
  archiveMutationResolver,
  updateMutationResolver,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type OfferRow } from '../data/rows';
import { type MutationResolvers, type UpdateFlemishOfferInput } from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { offers, organisations } = flandersTables;
const RECORD_TYPE = 'FlemishOffer';

type OfferFields = {
  titles?: Parameters<typeof localizedTextValue>[0] | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
  availableFrom?: string | null;
};

function fieldErrors(input: OfferFields) {
  return [
    checkLocalizedText('titles', input.titles, { maxLength: 300 }),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
    checkDate('availableFrom', input.availableFrom, { notBefore: '2000-01-01' }),
  ];
}

function derived(row: Pick<OfferRow, 'title' | 'alsoKnownAs' | 'description' | 'audience' | 'topics'>) {
  return {
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(row.title, row.alsoKnownAs, row.description, row.audience, ...row.topics),
  };
}

export const offerMutations: Pick<
  MutationResolvers,
  'createFlemishOffer' | 'updateFlemishOffer' | 'archiveFlemishOffer'
> = {
  createFlemishOffer: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createFlemishOffer',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('titles', input.titles, { maxLength: 300, required: true }),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('offer');
        transaction.requireJurisdiction(FLEMISH_REGION, { recordType: RECORD_TYPE, id });
        const [organisation] = await transaction.db
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, input.organisation));
        if (!organisation)
          transaction.fail(recordNotFound('organisation', 'FlemishOrganisation', input.organisation));
        const title = localizedTextValue(input.titles);
        const description = input.description ? localizedTextValue(input.description) : null;
        const values = {
          id,
          organisationId: input.organisation,
          title,
          sortTitle: sortTextOf(title),
          kind: input.kind,
          audience: [] as string[],
          languages: null,
          contactEmail: null,
          contactPhone: null,
          contactOtherPhones: [] as string[],
          contactForm: null,
          registrationForm: null,
          description,
          topics: [],
          formats: [] as string[],
          free: input.free ?? null,
          availableFrom: input.availableFrom ?? null,
          availableFromPrecision: input.availableFrom ? ('DAY' as const) : null,
          ...createdCuratedValues(transaction.identity, searchTextOf(title, description)),
        };
        const [offer] = await transaction.db.insert(offers).values(values).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(values),
          territory: FLEMISH_REGION,
        });
        return { offer: offer as OfferRow };
      },
    }),
  updateFlemishOffer: updateMutationResolver<OfferRow, 'offer', UpdateFlemishOfferInput>(runMutation, {
    mutation: 'updateFlemishOffer',
    table: offers,
    idColumn: offers.id,
    recordType: RECORD_TYPE,
    payloadKey: 'offer',
    changeable: ['titles', 'kind', 'description', 'free', 'availableFrom'],
    inputErrors: (input) => fieldErrors(input),
    territory: () => FLEMISH_REGION,
    change: (input, current) => {
      const next = pickGiven({
        title: input.titles ? localizedTextValue(input.titles) : null,
        kind: input.kind,
        description: input.description ? localizedTextValue(input.description) : null,
        free: input.free,
        availableFrom: input.availableFrom,
        availableFromPrecision: input.availableFrom ? ('DAY' as const) : null,
      });
      return { ...next, ...derived({ ...current, ...next }) };
    },
  }),
  archiveFlemishOffer: archiveMutationResolver<OfferRow, 'offer'>(runMutation, {
    territory: () => FLEMISH_REGION,
    mutation: 'archiveFlemishOffer',
    table: offers,
    idColumn: offers.id,
    recordType: RECORD_TYPE,
    payloadKey: 'offer',
  }),
};
