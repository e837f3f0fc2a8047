import { type Database, euPartnersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, arrayContains, eq, gte, inArray, lte } from 'drizzle-orm';

const { events, eventOrganisers } = euPartnersTables;

const eventList = keysetList({
  name: 'eu-events',
  table: events,
  id: events.id,
  orders: { DATE_ASC: ascending(events.date), DATE_DESC: descending(events.date) },
});

export type EventQuery = {
  includeArchived?: boolean | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | null | undefined;
  organiserId?: string | null | undefined;
  projectId?: string | null | undefined;
  seriesId?: string | null | undefined;
  language?: string | undefined;
  online?: boolean | null | undefined;
  municipalityNis?: string | undefined;
  search?: string | null | undefined;
};

/** One page of events, by date. */
export function findEventPage(
  db: Database,
  query: EventQuery,
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
      query.organiserId
        ? inArray(
            events.id,
            db
              .select({ id: eventOrganisers.eventId })
              .from(eventOrganisers)
              .where(eq(eventOrganisers.organisationId, query.organiserId)),
          )
        : undefined,
      query.projectId ? eq(events.projectId, query.projectId) : undefined,
      query.seriesId ? eq(events.seriesId, query.seriesId) : undefined,
      query.language ? arrayContains(events.languages, [query.language]) : undefined,
      query.online === null || query.online === undefined ? undefined : eq(events.online, query.online),
      query.municipalityNis ? eq(events.venueNis, query.municipalityNis) : undefined,
      searchCondition(events.searchText, query.search),
    ),
  );
}
