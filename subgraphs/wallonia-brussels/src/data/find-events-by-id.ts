import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events, eventOrganisers } = walloniaBrusselsTables;

export function findEventsById(db: Database, ids: readonly string[]): Promise<EventRow[]> {
  return db.select().from(events).where(equalsAny(events.id, ids));
}

/** The events each of the given organisations organised, oldest first, tagged with the organiser's id. */
export function findEventsByOrganiserIds(db: Database, organisationIds: readonly string[]): Promise<Array<EventRow & { organiserId: string }>> {
  return db
    .select({ ...getTableColumns(events), organiserId: eventOrganisers.organisationId })
    .from(eventOrganisers)
    .innerJoin(events, eq(events.id, eventOrganisers.eventId))
    .where(equalsAny(eventOrganisers.organisationId, organisationIds))
    .orderBy(asc(events.date), asc(events.id));
}

/** Meetings about the given documents, oldest first. */
export function findEventsByDocumentId(db: Database, documentIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(equalsAny(events.documentId, documentIds))
    .orderBy(asc(events.date), asc(events.id));
}

/** Events of the given projects, oldest first. */
export function findEventsByProjectId(db: Database, projectIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(equalsAny(events.projectId, projectIds))
    .orderBy(asc(events.date), asc(events.id));
}
