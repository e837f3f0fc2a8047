/** The `event_organisers` rows of events that list their organisers' ids, each at its place in the list. */
export function eventOrganiserRows(events: ReadonlyArray<{ id: string; organiserIds: readonly string[] }>) {
  return events.flatMap((event) => event.organiserIds.map((organisationId, position) => ({ eventId: event.id, organisationId, position })));
}
