import { type Database, euPartnersTables } from '@cohesion/db';
import { count } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest } from './keyset';
import { type EventSeriesRow } from './rows';

const { eventSeries } = euPartnersTables;

export const EVENT_SERIES_ORDERING: Ordering<EventSeriesRow> = { column: eventSeries.id, direction: 'asc', valueOf: (row) => row.id };

/** One page of event series after the cursor position, reading one row more to know whether another follows. */
export async function findEventSeriesPage(db: Database, page: PageRequest<EventSeriesRow>) {
  const rows = await db
    .select()
    .from(eventSeries)
    .where(keysetAfter(page.ordering, eventSeries.id, page.after))
    .orderBy(...keysetOrder(page.ordering, eventSeries.id))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countEventSeries(db: Database): Promise<number> {
  const [result] = await db.select({ total: count() }).from(eventSeries);
  return result?.total ?? 0;
}
