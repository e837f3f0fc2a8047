import { type Database, federalTables } from '@cohesion/db';
import { organisedBy } from '@cohesion/kit';
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { type EventRow, type PageWindow } from './rows';
import { takePage } from './take-page';

const { events, eventOrganisers } = federalTables;

export type EventPageQuery = {
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | undefined;
  organiserId?: string | undefined;
  /** Lower-case language code. */
  language?: string | undefined;
};
export type EventOrder = 'DATE_ASC' | 'DATE_DESC';

function whereOf(query: EventPageQuery): SQL | undefined {
  return and(
    query.from ? gte(events.date, query.from) : undefined,
    query.to ? lte(events.date, query.to) : undefined,
    query.kinds?.length ? inArray(events.kind, [...query.kinds]) : undefined,
    query.organiserId ? organisedBy(eventOrganisers, events.id, query.organiserId) : undefined,
    query.language ? eq(events.language, query.language) : undefined,
  );
}

const ORDER: Record<EventOrder, SQL[]> = {
  DATE_ASC: [asc(events.date), asc(events.id)],
  DATE_DESC: [desc(events.date), desc(events.id)],
};

export async function findEventPage(db: Database, query: EventPageQuery, order: EventOrder, window: PageWindow) {
  const rows: EventRow[] = await db
    .select()
    .from(events)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countEvents(db: Database, query: EventPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(events).where(whereOf(query));
  return result?.total ?? 0;
}
