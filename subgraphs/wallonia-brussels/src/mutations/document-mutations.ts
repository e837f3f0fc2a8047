import { walloniaBrusselsTables } from '@cohesion/db';
import {
  checkNisCodeInput,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type DocumentRow } from '../data/rows';
import {
  type CreateWalloniaBrusselsDocumentInput,
  type MutationResolvers,
  type UpdateWalloniaBrusselsDocumentInput,
} from '../generated/resolvers-types';
import { createdRecordValues, placeTerritory, runMutation, sortTextOf } from './run-mutation';

const { documents } = walloniaBrusselsTables;

/** A publication day as the stored period it designates: one day, to the day. */
const issuedOnDay = (day: string | null | undefined) =>
  day ? { issuedFrom: day, issuedTo: day, issuedPrecision: 'DAY' } : {};

export const documentMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsDocument' | 'updateWalloniaBrusselsDocument' | 'archiveWalloniaBrusselsDocument'
> = createRecurringRecordMutations<
  DocumentRow,
  'WalloniaBrusselsDocument',
  CreateWalloniaBrusselsDocumentInput,
  UpdateWalloniaBrusselsDocumentInput
>(runMutation, {
  kind: 'document',
  recordType: 'WalloniaBrusselsDocument',
  table: documents,
  idColumn: documents.id,
  territory: (row) => placeTerritory(row.municipalityNis),
  territoryField: 'municipality',
  createErrors: (input) => [checkNisCodeInput('municipality', input.municipality)],
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
    type: input.type,
    issuedFrom: null,
    issuedTo: null,
    issuedPrecision: null,
    ...issuedOnDay(input.issuedOn),
    issuingAuthority: input.issuingAuthority ?? null,
    reference: input.reference ?? null,
    description: localizedTextValue(input.description),
    authorOrganisationIds: [],
    authorFlandersOrganisationIds: [],
    municipalityNis: input.municipality ?? null,
    relatedDocumentIds: [],
    measureCount: null,
    platform: null,
    channel: null,
    ...createdRecordValues(identity),
  }),
  change: (input) => ({
    ...pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      type: input.type,
      issuingAuthority: input.issuingAuthority,
      reference: input.reference,
      description: input.description ? localizedTextValue(input.description) : null,
    }),
    ...issuedOnDay(input.issuedOn),
  }),
  derive: (row) => ({
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(row.title, row.description, row.issuingAuthority, row.reference, row.citedAs),
  }),
});
