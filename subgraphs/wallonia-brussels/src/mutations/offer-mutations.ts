import { walloniaBrusselsTables } from '@cohesion/db';
import {
  archiveMutationResolver,
  updateMutationResolver,
  checkLocalizedText,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  pickGiven,
  recordNotFound,
  searchTextOf,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type OfferRow } from '../data/rows';
import { type MutationResolvers, type UpdateWalloniaBrusselsOfferInput } from '../generated/resolvers-types';
import { createdRecordValues, regionsTerritory, runMutation, sortTextOf } from './run-mutation';

const { offers, organisations } = walloniaBrusselsTables;
const RECORD_TYPE = 'WalloniaBrusselsOffer';

function derived(
  row: Pick<OfferRow, 'title' | 'description' | 'audience' | 'sectors' | 'topics' | 'citedAs'>,
) {
  return {
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(
      row.title,
      row.description,
      row.audience,
      ...row.sectors,
      ...row.topics,
      row.citedAs,
    ),
  };
}

const languageCodes = (languages: readonly string[]) => [
  ...new Set(languages.map((language) => language.toLowerCase())),
];

export const offerMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsOffer' | 'updateWalloniaBrusselsOffer' | 'archiveWalloniaBrusselsOffer'
> = {
  createWalloniaBrusselsOffer: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createWalloniaBrusselsOffer',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('titles', input.titles, { maxLength: 300, required: true }),
        checkLocalizedText('description', input.description, { maxLength: 5000, required: true }),
        input.regions.length === 0
          ? invalidValue('regions', [], 'expected at least one of WALLONIA, BRUSSELS, FLANDERS')
          : null,
      ),
      write: async (transaction) => {
        const id = newRecordId('offer');
        const regions = [...new Set(input.regions)];
        const territory = regionsTerritory(regions);
        transaction.requireJurisdiction(territory, { recordType: RECORD_TYPE, id, idField: 'regions' });
        const [organisation] = await transaction.db
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, input.organisation));
        if (!organisation)
          transaction.fail(
            recordNotFound('organisation', 'WalloniaBrusselsOrganisation', input.organisation),
          );
        const values = {
          id,
          organisationId: input.organisation,
          title: localizedTextValue(input.titles),
          kind: input.kind,
          sessions: null,
          audience: [] as string[],
          languages: languageCodes(input.languages ?? []),
          howToRequest: null,
          email: null,
          phone: null,
          description: localizedTextValue(input.description),
          since: null,
          sectors: [],
          territory: [],
          topics: [],
          regions,
          documentId: null,
          legalBasisDocumentId: null,
          partnerFlandersOrganisationIds: [] as string[],
          ...createdRecordValues(transaction.identity, ''),
        };
        const row = { ...values, ...derived(values) };
        const [offer] = await transaction.db.insert(offers).values(row).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(row),
          territory,
        });
        return { offer: offer as OfferRow };
      },
    }),
  updateWalloniaBrusselsOffer: updateMutationResolver<OfferRow, 'offer', UpdateWalloniaBrusselsOfferInput>(
    runMutation,
    {
      mutation: 'updateWalloniaBrusselsOffer',
      table: offers,
      idColumn: offers.id,
      recordType: RECORD_TYPE,
      payloadKey: 'offer',
      changeable: ['titles', 'kind', 'description', 'languages'],
      inputErrors: (input) => [
        checkLocalizedText('titles', input.titles, { maxLength: 300 }),
        checkLocalizedText('description', input.description, { maxLength: 5000 }),
      ],
      territory: (row) => regionsTerritory(row.regions),
      change: (input, current) => {
        const next = pickGiven({
          title: input.titles ? localizedTextValue(input.titles) : null,
          kind: input.kind,
          description: input.description ? localizedTextValue(input.description) : null,
          languages: input.languages ? languageCodes(input.languages) : null,
        });
        return { ...next, ...derived({ ...current, ...next }) };
      },
    },
  ),
  archiveWalloniaBrusselsOffer: archiveMutationResolver<OfferRow, 'offer'>(runMutation, {
    mutation: 'archiveWalloniaBrusselsOffer',
    table: offers,
    idColumn: offers.id,
    recordType: RECORD_TYPE,
    payloadKey: 'offer',
    territory: (row) => regionsTerritory(row.regions),
  }),
};
