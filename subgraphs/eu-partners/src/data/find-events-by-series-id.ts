import { type Database, euPartnersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events } = euPartnersTables;

/** The events of the given series, oldest first. */
export function findEventsBySeriesId(db: Database, seriesIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(inArray(events.seriesId, [...seriesIds]))
    .orderBy(asc(events.date), asc(events.id));
}
