import { type Database, euPartnersTables } from '@cohesion/db';
import { ascending, keysetList, type PageArguments } from '@cohesion/kit';

const { eventSeries } = euPartnersTables;

const eventSeriesList = keysetList({ name: 'eu-event-series', table: eventSeries, id: eventSeries.id, orders: { ID_ASC: ascending(eventSeries.id) } });

/** One page of event series, by id. */
export function findEventSeriesPage(db: Database, page: PageArguments<never>) {
  return eventSeriesList.findPage(db, page);
}
