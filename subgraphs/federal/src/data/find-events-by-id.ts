import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type EventRow } from './rows';

const { events } = federalTables;

export function findEventsById(db: Database, ids: readonly string[]): Promise<EventRow[]> {
  return db.select().from(events).where(equalsAny(events.id, ids));
}
