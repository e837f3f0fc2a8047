import { walloniaBrusselsTables } from '@cohesion/db';
import {
  archiveMutationResolver,
  updateMutationResolver,
  checkDate,
  checkLocalizedText,
  checkNisCodeInput,
  checkText,
  checkTimeOfDay,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type EventRow } from '../data/rows';
import { type MutationResolvers, type UpdateWalloniaBrusselsEventInput } from '../generated/resolvers-types';
import { createdRecordValues, placeTerritory, runMutation } from './run-mutation';

const { events } = walloniaBrusselsTables;
const RECORD_TYPE = 'WalloniaBrusselsEvent';

type EventFields = {
  titles?: Parameters<typeof localizedTextValue>[0] | null;
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  venueName?: string | null;
  venueCity?: string | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
};

function fieldErrors(input: EventFields) {
  return [
    checkLocalizedText('titles', input.titles, { maxLength: 300 }),
    checkDate('date', input.date, { notBefore: '2000-01-01' }),
    checkTimeOfDay('startTime', input.startTime),
    checkTimeOfDay('endTime', input.endTime),
    input.startTime && input.endTime && input.endTime <= input.startTime
      ? invalidValue('endTime', input.endTime, `expected a time after startTime ${input.startTime}`)
      : null,
    checkText('venueName', input.venueName, { maxLength: 200 }),
    checkText('venueCity', input.venueCity, { maxLength: 100 }),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
  ];
}

const searchOf = (row: Pick<EventRow, 'title' | 'description' | 'citedAs'>) =>
  searchTextOf(row.title, row.description, row.citedAs);

export const eventMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsEvent' | 'updateWalloniaBrusselsEvent' | 'archiveWalloniaBrusselsEvent'
> = {
  createWalloniaBrusselsEvent: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createWalloniaBrusselsEvent',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('titles', input.titles, { maxLength: 300, required: true }),
        checkLocalizedText('description', input.description, { maxLength: 5000, required: true }),
        checkNisCodeInput('venueMunicipality', input.venueMunicipality),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('event');
        const territory = placeTerritory(input.venueMunicipality ?? null);
        transaction.requireJurisdiction(territory, {
          recordType: RECORD_TYPE,
          id,
          idField: 'venueMunicipality',
        });
        const values = {
          id,
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
          ...createdRecordValues(transaction.identity, ''),
        };
        const row = { ...values, searchText: searchOf(values) };
        const [event] = await transaction.db.insert(events).values(row).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(row),
          territory,
        });
        return { event: event as EventRow };
      },
    }),
  updateWalloniaBrusselsEvent: updateMutationResolver<EventRow, 'event', UpdateWalloniaBrusselsEventInput>(
    runMutation,
    {
      mutation: 'updateWalloniaBrusselsEvent',
      table: events,
      idColumn: events.id,
      recordType: RECORD_TYPE,
      payloadKey: 'event',
      changeable: [
        'titles',
        'kind',
        'date',
        'startTime',
        'endTime',
        'venueName',
        'venueCity',
        'language',
        'description',
        'statusNote',
      ],
      inputErrors: (input) => [
        fieldErrors(input),
        checkText('statusNote', input.statusNote, { maxLength: 300 }),
      ],
      territory: (row) => placeTerritory(row.venueMunicipalityNis),
      change: (input, current) => {
        const next = pickGiven({
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
        });
        return { ...next, searchText: searchOf({ ...current, ...next }) };
      },
    },
  ),
  archiveWalloniaBrusselsEvent: archiveMutationResolver<EventRow, 'event'>(runMutation, {
    mutation: 'archiveWalloniaBrusselsEvent',
    table: events,
    idColumn: events.id,
    recordType: RECORD_TYPE,
    payloadKey: 'event',
    territory: (row) => placeTerritory(row.venueMunicipalityNis),
  }),
};
