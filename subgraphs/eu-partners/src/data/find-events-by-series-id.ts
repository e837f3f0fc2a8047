import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events } = euPartnersTables;

/** The events of the given series, oldest first. */
export function findEventsBySeriesId(db: Database, seriesIds: readonly string[]): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(equalsAny(events.seriesId, seriesIds))
    .orderBy(asc(events.date), asc(events.id));
}
