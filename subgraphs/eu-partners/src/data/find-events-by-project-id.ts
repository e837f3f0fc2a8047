import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events } = euPartnersTables;

/** The events of the given projects, oldest first. */
export function findEventsByProjectId(db: Database, projectIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(equalsAny(events.projectId, projectIds))
    .orderBy(asc(events.date), asc(events.id));
}
