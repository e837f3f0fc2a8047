import { type Database, flandersTables } from '@cohesion/db';
import { organisedBy } from '@cohesion/kit';
import { and, eq, gte, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, searchCondition, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type EventRow } from './rows';

const { events, eventOrganisers } = flandersTables;

export const EVENT_ORDERS: Record<'DATE_ASC' | 'DATE_DESC', SortSpec<EventRow>> = {
  DATE_ASC: { column: events.date, direction: 'asc', valueOf: (row) => row.date },
  DATE_DESC: { column: events.date, direction: 'desc', valueOf: (row) => row.date },
};

export type EventPageQuery = {
  from?: string | undefined;
  to?: string | undefined;
  kinds?: string[] | undefined;
  language?: string | undefined;
  organiserId?: string | undefined;
  online?: boolean | undefined;
  search?: string | undefined;
};

function whereOf(query: EventPageQuery): SQL | undefined {
  return and(
    // A date range excludes undated events: nothing says they fall inside it.
    query.from || query.to ? isNotNull(events.date) : undefined,
    query.from ? gte(events.date, query.from) : undefined,
    query.to ? lte(events.date, query.to) : undefined,
    query.kinds ? inArray(events.kind, query.kinds) : undefined,
    query.language ? eq(events.language, query.language) : undefined,
    query.organiserId ? organisedBy(eventOrganisers, events.id, query.organiserId) : undefined,
    query.online === undefined ? undefined : eq(events.online, query.online),
    searchCondition(events.searchText, query.search),
  );
}

export async function findEventPage(db: Database, query: EventPageQuery & { sort: SortSpec<EventRow>; after?: KeysetPosition | undefined; first: number }) {
  const rows = await db
    .select()
    .from(events)
    .where(and(whereOf(query), afterPosition(query.sort, events.id, query.after)))
    .orderBy(...keysetOrder(query.sort, events.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countEvents(db: Database, query: EventPageQuery): Promise<number> {
  return countRows(db, events, whereOf(query));
}
