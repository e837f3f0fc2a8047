import { type Database, flandersTables } from '@cohesion/db';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, jsonbContains, keysetOrder, searchCondition, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type OfferRow } from './rows';

const { offers } = flandersTables;

export const OFFER_ORDERS: Record<'TITLE_ASC' | 'TITLE_DESC', SortSpec<OfferRow>> = {
  TITLE_ASC: { column: offers.sortTitle, direction: 'asc', valueOf: (row) => row.sortTitle },
  TITLE_DESC: { column: offers.sortTitle, direction: 'desc', valueOf: (row) => row.sortTitle },
};

export type OfferPageQuery = {
  kinds?: string[] | undefined;
  organisationId?: string | undefined;
  expertPoolId?: string | undefined;
  language?: string | undefined;
  search?: string | undefined;
};

function whereOf(query: OfferPageQuery): SQL | undefined {
  return and(
    query.kinds ? inArray(offers.kind, query.kinds) : undefined,
    query.organisationId ? eq(offers.organisationId, query.organisationId) : undefined,
    query.expertPoolId ? eq(offers.expertPoolId, query.expertPoolId) : undefined,
    query.language ? jsonbContains(offers.languages, query.language) : undefined,
    searchCondition(offers.searchText, query.search),
  );
}

export async function findOfferPage(db: Database, query: OfferPageQuery & { sort: SortSpec<OfferRow>; after?: KeysetPosition | undefined; first: number }) {
  const rows = await db
    .select()
    .from(offers)
    .where(and(whereOf(query), afterPosition(query.sort, offers.id, query.after)))
    .orderBy(...keysetOrder(query.sort, offers.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countOffers(db: Database, query: OfferPageQuery): Promise<number> {
  return countRows(db, offers, whereOf(query));
}
