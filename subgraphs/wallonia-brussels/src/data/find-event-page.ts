import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { organisedBy } from '@cohesion/kit';
import { and, count, eq, getTableColumns, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrderBy, limitPage, searchCondition, type KeysetOrder, type PageArguments } from './keyset';
import { type EventRow } from './rows';

const { events, eventOrganisers } = walloniaBrusselsTables;

export type EventPageQuery = {
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | undefined;
  organiserId?: string | undefined;
  /** Lower-case language code, as stored. */
  language?: string | undefined;
  search?: string | undefined;
};
export type EventOrder = 'DATE_ASC' | 'DATE_DESC';

const dateKey = sql<string>`${events.date}::text collate "C"`;
const ORDERS: Record<EventOrder, KeysetOrder> = {
  DATE_ASC: { sortKey: dateKey, id: events.id, direction: 'asc' },
  DATE_DESC: { sortKey: dateKey, id: events.id, direction: 'desc' },
};

function whereOf(query: EventPageQuery): SQL | undefined {
  return and(
    query.from ? gte(events.date, query.from) : undefined,
    query.to ? lte(events.date, query.to) : undefined,
    query.kinds ? inArray(events.kind, [...query.kinds]) : undefined,
    query.organiserId ? organisedBy(eventOrganisers, events.id, query.organiserId) : undefined,
    query.language ? eq(events.language, query.language) : undefined,
    searchCondition(events.searchText, query.search),
  );
}

/** One page of events in date order after the cursor position. */
export async function findEventPage(
  db: Database,
  query: EventPageQuery & PageArguments<EventOrder>,
): Promise<{ rows: Array<EventRow & { sortValue: string }>; hasNextPage: boolean }> {
  const order = ORDERS[query.orderBy];
  const rows = await db
    .select({ ...getTableColumns(events), sortValue: order.sortKey })
    .from(events)
    .where(and(whereOf(query), keysetAfter(order, query.after)))
    .orderBy(...keysetOrderBy(order))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countEvents(db: Database, query: EventPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(events).where(whereOf(query));
  return result?.total ?? 0;
}
