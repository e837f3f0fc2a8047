import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { arrayOverlaps, asc, inArray } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events } = walloniaBrusselsTables;

export function findEventsById(db: Database, ids: readonly string[]): Promise<EventRow[]> {
  return db.select().from(events).where(inArray(events.id, [...ids]));
}

/** Events organised by any of the given organisations, oldest first. */
export function findEventsByOrganiserIds(db: Database, organisationIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(arrayOverlaps(events.organiserIds, [...organisationIds]))
    .orderBy(asc(events.date), asc(events.id));
}

/** Meetings about the given documents, oldest first. */
export function findEventsByDocumentId(db: Database, documentIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(inArray(events.documentId, [...documentIds]))
    .orderBy(asc(events.date), asc(events.id));
}

/** Events of the given projects, oldest first. */
export function findEventsByProjectId(db: Database, projectIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(inArray(events.projectId, [...projectIds]))
    .orderBy(asc(events.date), asc(events.id));
}
