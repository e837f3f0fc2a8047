import { type Database, euPartnersTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type EventSeriesRow } from './rows';

const { eventSeries } = euPartnersTables;

export function findEventSeriesById(db: Database, ids: readonly string[]): Promise<EventSeriesRow[]> {
  return db.select().from(eventSeries).where(inArray(eventSeries.id, [...ids]));
}
