import { type Database, federalTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, arrayContains, eq } from 'drizzle-orm';

const { offers } = federalTables;

const offerList = keysetList({
  name: 'federal-offers',
  table: offers,
  id: offers.id,
  orders: { TITLE_ASC: ascending(offers.sortKey), TITLE_DESC: descending(offers.sortKey) },
});

export type OfferPageQuery = {
  includeArchived?: boolean | null | undefined;
  kinds?: readonly string[] | null | undefined;
  organisationId?: string | null | undefined;
  /** Lower-case language code. */
  language?: string | undefined;
  search?: string | null | undefined;
};

/** One page of offers, by title. */
export function findOfferPage(
  db: Database,
  query: OfferPageQuery,
  page: PageArguments<'TITLE_ASC' | 'TITLE_DESC'>,
) {
  return offerList.findPage(
    db,
    page,
    and(
      currentRecords(offers.archivedOn, query.includeArchived),
      query.kinds?.length ? equalsAny(offers.kind, query.kinds) : undefined,
      query.organisationId ? eq(offers.organisationId, query.organisationId) : undefined,
      query.language ? arrayContains(offers.languages, [query.language]) : undefined,
      searchCondition(offers.searchText, query.search),
    ),
  );
}
