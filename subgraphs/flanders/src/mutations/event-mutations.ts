import { flandersTables } from '@cohesion/db';
import { createRecurringRecordMutations, localizedTextValue, pickGiven } from '@cohesion/kit';
import { type EventRow } from '../data/rows';
import {
  type CreateFlemishEventInput,
  type MutationResolvers,
  type UpdateFlemishEventInput,
} from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { events } = flandersTables;

export const eventMutations: Pick<
  MutationResolvers,
  'createFlemishEvent' | 'updateFlemishEvent' | 'archiveFlemishEvent'
> = createRecurringRecordMutations<
  EventRow,
  'FlemishEvent',
  CreateFlemishEventInput,
  UpdateFlemishEventInput
>(runMutation, {
  kind: 'event',
  recordType: 'FlemishEvent',
  table: events,
  idColumn: events.id,
  territory: () => FLEMISH_REGION,
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
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
    description: input.description ? localizedTextValue(input.description) : null,
    documentId: null,
    ...createdCuratedValues(identity),
  }),
  change: (input) =>
    pickGiven({
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
    }),
  derive: (row) => ({
    sortTitle: sortTextOf(row.title),
    searchText: searchTextOf(
      row.title,
      row.alsoKnownAs,
      row.description,
      row.speakers.map((speaker) => speaker.name),
    ),
  }),
});
