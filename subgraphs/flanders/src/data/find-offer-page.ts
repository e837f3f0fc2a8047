import { type Database, flandersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';
import { jsonbContains } from './jsonb-contains';

const { offers } = flandersTables;

const offerList = keysetList({
  name: 'flanders-offers',
  table: offers,
  id: offers.id,
  orders: { TITLE_ASC: ascending(offers.sortTitle), TITLE_DESC: descending(offers.sortTitle) },
});

export type OfferPageQuery = {
  includeArchived?: boolean | null | undefined;
  kinds?: string[] | undefined;
  organisationId?: string | undefined;
  expertPoolId?: string | undefined;
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
      query.expertPoolId ? eq(offers.expertPoolId, query.expertPoolId) : undefined,
      query.language ? jsonbContains(offers.languages, query.language) : undefined,
      searchCondition(offers.searchText, query.search),
    ),
  );
}
