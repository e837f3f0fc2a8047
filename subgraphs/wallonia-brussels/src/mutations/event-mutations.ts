import { walloniaBrusselsTables } from '@cohesion/db';
import {
  checkNisCodeInput,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type EventRow } from '../data/rows';
import {
  type CreateWalloniaBrusselsEventInput,
  type MutationResolvers,
  type UpdateWalloniaBrusselsEventInput,
} from '../generated/resolvers-types';
import { createdRecordValues, placeTerritory, runMutation } from './run-mutation';

const { events } = walloniaBrusselsTables;

export const eventMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsEvent' | 'updateWalloniaBrusselsEvent' | 'archiveWalloniaBrusselsEvent'
> = createRecurringRecordMutations<
  EventRow,
  'WalloniaBrusselsEvent',
  CreateWalloniaBrusselsEventInput,
  UpdateWalloniaBrusselsEventInput
>(runMutation, {
  kind: 'event',
  recordType: 'WalloniaBrusselsEvent',
  table: events,
  idColumn: events.id,
  territory: (row) => placeTerritory(row.venueMunicipalityNis),
  territoryField: 'venueMunicipality',
  createErrors: (input) => [checkNisCodeInput('venueMunicipality', input.venueMunicipality)],
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
    kind: input.kind,
    date: input.date,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    venueName: input.venueName ?? null,
    venueAddress: null,
    venueCity: input.venueCity ?? null,
    venueMunicipalityNis: input.venueMunicipality ?? null,
    language: input.language ? input.language.toLowerCase() : null,
    speakers: [],
    registration: null,
    description: localizedTextValue(input.description),
    documentId: null,
    projectId: null,
    statusNote: null,
    ...createdRecordValues(identity),
  }),
  change: (input) =>
    pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      kind: input.kind,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      venueName: input.venueName,
      venueCity: input.venueCity,
      language: input.language ? input.language.toLowerCase() : null,
      description: input.description ? localizedTextValue(input.description) : null,
      statusNote: input.statusNote,
    }),
  derive: (row) => ({ searchText: searchTextOf(row.title, row.description, row.citedAs) }),
});
