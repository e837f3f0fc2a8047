import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type EventSeriesRow } from './rows';

const { eventSeries } = euPartnersTables;

export function findEventSeriesById(db: Database, ids: readonly string[]): Promise<EventSeriesRow[]> {
  return db.select().from(eventSeries).where(equalsAny(eventSeries.id, ids));
}
