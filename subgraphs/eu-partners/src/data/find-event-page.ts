import { type Database, euPartnersTables } from '@cohesion/db';
import { and, arrayContains, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest, searchCondition } from './keyset';
import { type EventRow } from './rows';

const { events, eventOrganisers } = euPartnersTables;

export type EventQuery = {
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | undefined;
  organiserId?: string | undefined;
  projectId?: string | undefined;
  seriesId?: string | undefined;
  language?: string | undefined;
  online?: boolean | undefined;
  municipalityNis?: string | undefined;
  search?: string | undefined;
};

export const EVENT_ORDERINGS = {
  DATE_ASC: { column: events.date, direction: 'asc', valueOf: (row) => row.date },
  DATE_DESC: { column: events.date, direction: 'desc', valueOf: (row) => row.date },
} satisfies Record<string, Ordering<EventRow>>;

function whereOf(db: Database, query: EventQuery): SQL | undefined {
  return and(
    query.from ? gte(events.date, query.from) : undefined,
    query.to ? lte(events.date, query.to) : undefined,
    query.kinds?.length ? inArray(events.kind, [...query.kinds]) : undefined,
    query.organiserId
      ? inArray(events.id, db.select({ id: eventOrganisers.eventId }).from(eventOrganisers).where(eq(eventOrganisers.organisationId, query.organiserId)))
      : undefined,
    query.projectId ? eq(events.projectId, query.projectId) : undefined,
    query.seriesId ? eq(events.seriesId, query.seriesId) : undefined,
    query.language ? arrayContains(events.languages, [query.language]) : undefined,
    query.online === undefined ? undefined : eq(events.online, query.online),
    query.municipalityNis ? eq(events.venueNis, query.municipalityNis) : undefined,
    searchCondition(events.searchText, query.search),
  );
}

/** One page of events after the cursor position, reading one row more to know whether another follows. */
export async function findEventPage(db: Database, query: EventQuery, page: PageRequest<EventRow>) {
  const rows = await db
    .select()
    .from(events)
    .where(and(whereOf(db, query), keysetAfter(page.ordering, events.id, page.after)))
    .orderBy(...keysetOrder(page.ordering, events.id))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countEvents(db: Database, query: EventQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(events).where(whereOf(db, query));
  return result?.total ?? 0;
}
