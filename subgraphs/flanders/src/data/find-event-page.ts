import { type Database, flandersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, organisedBy, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq, gte, isNotNull, lte } from 'drizzle-orm';

const { events, eventOrganisers } = flandersTables;

const eventList = keysetList({
  name: 'flanders-events',
  table: events,
  id: events.id,
  orders: { DATE_ASC: ascending(events.date), DATE_DESC: descending(events.date) },
});

export type EventPageQuery = {
  includeArchived?: boolean | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kinds?: string[] | undefined;
  language?: string | undefined;
  organiserId?: string | undefined;
  online?: boolean | undefined;
  search?: string | null | undefined;
};

/** One page of events, by date (undated events last). */
export function findEventPage(db: Database, query: EventPageQuery, page: PageArguments<'DATE_ASC' | 'DATE_DESC'>) {
  return eventList.findPage(
    db,
    page,
    and(
      currentRecords(events.archivedOn, query.includeArchived),
      // A date range excludes undated events: nothing says they fall inside it.
      query.from || query.to ? isNotNull(events.date) : undefined,
      query.from ? gte(events.date, query.from) : undefined,
      query.to ? lte(events.date, query.to) : undefined,
      query.kinds ? equalsAny(events.kind, query.kinds) : undefined,
      query.language ? eq(events.language, query.language) : undefined,
      query.organiserId ? organisedBy(eventOrganisers, events.id, query.organiserId) : undefined,
      query.online === undefined ? undefined : eq(events.online, query.online),
      searchCondition(events.searchText, query.search),
    ),
  );
}
