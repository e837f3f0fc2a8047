import { walloniaBrusselsTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven, searchTextOf } from '@cohesion/kit';
import { type OfferRow } from '../data/rows';
import {
  type CreateWalloniaBrusselsOfferInput,
  type MutationResolvers,
  type UpdateWalloniaBrusselsOfferInput,
} from '../generated/resolvers-types';
import { checkRegions } from './organisation-mutations';
import { createdRecordValues, regionsTerritory, runMutation, sortTextOf } from './run-mutation';

const { offers, organisations } = walloniaBrusselsTables;

const languageCodes = (languages: readonly string[]) => [
  ...new Set(languages.map((language) => language.toLowerCase())),
];

export const offerMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsOffer' | 'updateWalloniaBrusselsOffer' | 'archiveWalloniaBrusselsOffer'
> = createRecurringRecordMutations<
  OfferRow,
  'WalloniaBrusselsOffer',
  CreateWalloniaBrusselsOfferInput,
  UpdateWalloniaBrusselsOfferInput
>(runMutation, {
  kind: 'offer',
  recordType: 'WalloniaBrusselsOffer',
  table: offers,
  idColumn: offers.id,
  territory: (row) => regionsTerritory(row.regions),
  territoryField: 'regions',
  references: [
    {
      field: 'organisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'WalloniaBrusselsOrganisation',
    },
  ],
  createErrors: (input) => [checkRegions(input.regions)],
  insert: (input, identity) => ({
    organisationId: input.organisation,
    title: localizedTextValue(input.titles),
    kind: input.kind,
    sessions: null,
    audience: [],
    languages: languageCodes(input.languages ?? []),
    howToRequest: null,
    email: null,
    phone: null,
    description: localizedTextValue(input.description),
    since: null,
    sectors: [],
    territory: [],
    topics: [],
    regions: [...new Set(input.regions)],
    documentId: null,
    legalBasisDocumentId: null,
    partnerFlandersOrganisationIds: [],
    ...createdRecordValues(identity),
  }),
  change: (input) =>
    pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      kind: input.kind,
      description: input.description ? localizedTextValue(input.description) : null,
      languages: input.languages ? languageCodes(input.languages) : null,
    }),
  derive: (row) => ({
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(
      row.title,
      row.description,
      row.audience,
      ...row.sectors,
      ...row.topics,
      row.citedAs,
    ),
  }),
});
