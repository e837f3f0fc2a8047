import { flandersTables } from '@cohesion/db';
import {
  checkDate,
  checkLocalizedText,
  checkText,
  checkTimeOfDay,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  pickGiven,
  archiveMutationResolver,
  updateMutationResolver,
} from '@cohesion/kit';
import { type EventRow } from '../data/rows';
import { type MutationResolvers, type UpdateFlemishEventInput } from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { events } = flandersTables;
const RECORD_TYPE = 'FlemishEvent';

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

function derived(row: Pick<EventRow, 'title' | 'alsoKnownAs' | 'description' | 'speakers'>) {
  return {
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(
      row.title,
      row.alsoKnownAs,
      row.description,
      row.speakers.map((speaker) => speaker.name),
    ),
  };
}

export const eventMutations: Pick<
  MutationResolvers,
  'createFlemishEvent' | 'updateFlemishEvent' | 'archiveFlemishEvent'
> = {
  createFlemishEvent: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createFlemishEvent',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('titles', input.titles, { maxLength: 300, required: true }),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('event');
        transaction.requireJurisdiction(FLEMISH_REGION, { recordType: RECORD_TYPE, id });
        const title = localizedTextValue(input.titles);
        const description = input.description ? localizedTextValue(input.description) : null;
        const values = {
          id,
          title,
          sortTitle: sortTextOf(title),
          kind: input.kind,
          date: input.date ?? null,
          startTime: input.startTime ?? null,
          endTime: input.endTime ?? null,
          online: input.online,
          venueName: input.venueName ?? null,
          venueAddress: null,
          venueCity: input.venueCity ?? null,
          venueNis: null,
          language: input.language ?? null,
          speakers: [],
          registration: null,
          description,
          documentId: null,
          ...createdCuratedValues(transaction.identity, searchTextOf(title, description)),
        };
        const [event] = await transaction.db.insert(events).values(values).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(values),
          territory: FLEMISH_REGION,
        });
        return { event: event as EventRow };
      },
    }),
  updateFlemishEvent: updateMutationResolver<EventRow, 'event', UpdateFlemishEventInput>(runMutation, {
    mutation: 'updateFlemishEvent',
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
      'online',
      'venueName',
      'venueCity',
      'language',
      'description',
    ],
    inputErrors: (input) => fieldErrors(input),
    territory: () => FLEMISH_REGION,
    change: (input, current) => {
      const next = pickGiven({
        title: input.titles ? localizedTextValue(input.titles) : null,
        kind: input.kind,
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        online: input.online,
        venueName: input.venueName,
        venueCity: input.venueCity,
        language: input.language,
        description: input.description ? localizedTextValue(input.description) : null,
      });
      return { ...next, ...derived({ ...current, ...next }) };
    },
  }),
  archiveFlemishEvent: archiveMutationResolver<EventRow, 'event'>(runMutation, {
    territory: () => FLEMISH_REGION,
    mutation: 'archiveFlemishEvent',
    table: events,
    idColumn: events.id,
    recordType: RECORD_TYPE,
    payloadKey: 'event',
  }),
};
