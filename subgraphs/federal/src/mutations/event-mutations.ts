import { federalTables } from '@cohesion/db';
import {
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
  writtenByEditor,
} from '@cohesion/kit';
import { type EventRow } from '../data/rows';
import {
  type CreateFederalEventInput,
  type MutationResolvers,
  type UpdateFederalEventInput,
} from '../generated/resolvers-types';
import { NATIONAL, optionalText, runMutation, sortKeyOf } from './run-mutation';

const { events } = federalTables;

export const eventMutations: Pick<
  MutationResolvers,
  'createFederalEvent' | 'updateFederalEvent' | 'archiveFederalEvent'
> = createRecurringRecordMutations<
  EventRow,
  'FederalEvent',
  CreateFederalEventInput,
  UpdateFederalEventInput
>(runMutation, {
  kind: 'event',
  recordType: 'FederalEvent',
  table: events,
  idColumn: events.id,
  territory: () => NATIONAL,
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
    kind: input.kind,
    date: input.date,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    venueName: input.venueName ?? null,
    venueAddress: null,
    venueCity: input.venueCity ?? null,
    venueNis: null,
    language: input.language ? input.language.toLowerCase() : null,
    speakers: [],
    registration: null,
    description: optionalText(input.description),
    programme: [],
    ...writtenByEditor(identity),
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
      description: optionalText(input.description),
    }),
  derive: (row) => ({ sortKey: sortKeyOf(row.title), searchText: searchTextOf(row.title) }),
});
