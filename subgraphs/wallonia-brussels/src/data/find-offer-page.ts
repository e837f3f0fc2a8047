import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, arrayContains, eq } from 'drizzle-orm';

const { offers } = walloniaBrusselsTables;

const offerList = keysetList({
  name: 'wallonia-brussels-offers',
  table: offers,
  id: offers.id,
  orders: { TITLE_ASC: ascending(offers.sortTitle), TITLE_DESC: descending(offers.sortTitle) },
});

export type OfferPageQuery = {
  /** Archived records too (left out by default). */
  includeArchived?: boolean | null | undefined;
  kinds?: readonly string[] | null | undefined;
  organisationId?: string | null | undefined;
  region?: string | null | undefined;
  /** Lower-case language code, as stored: `nl`, `fr`, `de`, `en`. */
  language?: string | undefined;
  search?: string | null | undefined;
};

/** One page of offers, by title. */
export function findOfferPage(db: Database, query: OfferPageQuery, page: PageArguments<'TITLE_ASC' | 'TITLE_DESC'>) {
  return offerList.findPage(
    db,
    page,
    and(
      currentRecords(offers.archivedOn, query.includeArchived),
      query.kinds ? equalsAny(offers.kind, query.kinds) : undefined,
      query.organisationId ? eq(offers.organisationId, query.organisationId) : undefined,
      query.region ? arrayContains(offers.regions, [query.region]) : undefined,
      query.language ? arrayContains(offers.languages, [query.language]) : undefined,
      searchCondition(offers.searchText, query.search),
    ),
  );
}
