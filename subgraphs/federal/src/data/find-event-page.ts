import { type Database, federalTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, organisedBy, type PageArguments } from '@cohesion/kit';
import { and, eq, gte, lte } from 'drizzle-orm';

const { events, eventOrganisers } = federalTables;

const eventList = keysetList({
  name: 'federal-events',
  table: events,
  id: events.id,
  orders: { DATE_ASC: ascending(events.date), DATE_DESC: descending(events.date) },
});

export type EventPageQuery = {
  includeArchived?: boolean | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | null | undefined;
  organiserId?: string | null | undefined;
  /** Lower-case language code. */
  language?: string | undefined;
};

/** One page of events, by date. */
export function findEventPage(
  db: Database,
  query: EventPageQuery,
  page: PageArguments<'DATE_ASC' | 'DATE_DESC'>,
) {
  return eventList.findPage(
    db,
    page,
    and(
      currentRecords(events.archivedOn, query.includeArchived),
      query.from ? gte(events.date, query.from) : undefined,
      query.to ? lte(events.date, query.to) : undefined,
      query.kinds?.length ? equalsAny(events.kind, query.kinds) : undefined,
      query.organiserId ? organisedBy(eventOrganisers, events.id, query.organiserId) : undefined,
      query.language ? eq(events.language, query.language) : undefined,
    ),
  );
}
