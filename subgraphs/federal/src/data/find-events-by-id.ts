import { type Database, federalTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events } = federalTables;

export function findEventsById(db: Database, ids: readonly string[]): Promise<EventRow[]> {
  return db.select().from(events).where(inArray(events.id, [...ids]));
}
