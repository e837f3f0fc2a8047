import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { and, arrayContains, count, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrderBy, limitPage, searchCondition, textSortKey, type KeysetOrder, type PageArguments } from './keyset';
import { type OfferRow } from './rows';

const { offers } = walloniaBrusselsTables;

export type OfferPageQuery = {
  kinds?: readonly string[] | undefined;
  organisationId?: string | undefined;
  region?: string | undefined;
  /** Lower-case language code, as stored: `nl`, `fr`, `de`, `en`. */
  language?: string | undefined;
  search?: string | undefined;
};
export type OfferOrder = 'TITLE_ASC' | 'TITLE_DESC';

const ORDERS: Record<OfferOrder, KeysetOrder> = {
  TITLE_ASC: { sortKey: textSortKey(offers.sortTitle), id: offers.id, direction: 'asc' },
  TITLE_DESC: { sortKey: textSortKey(offers.sortTitle), id: offers.id, direction: 'desc' },
};

function whereOf(query: OfferPageQuery): SQL | undefined {
  return and(
    query.kinds ? inArray(offers.kind, [...query.kinds]) : undefined,
    query.organisationId ? eq(offers.organisationId, query.organisationId) : undefined,
    query.region ? arrayContains(offers.regions, [query.region]) : undefined,
    query.language ? arrayContains(offers.languages, [query.language]) : undefined,
    searchCondition(offers.searchText, query.search),
  );
}

/** One page of offers in the given order after the cursor position. */
export async function findOfferPage(
  db: Database,
  query: OfferPageQuery & PageArguments<OfferOrder>,
): Promise<{ rows: Array<OfferRow & { sortValue: string }>; hasNextPage: boolean }> {
  const order = ORDERS[query.orderBy];
  const rows = await db
    .select({ ...getTableColumns(offers), sortValue: order.sortKey })
    .from(offers)
    .where(and(whereOf(query), keysetAfter(order, query.after)))
    .orderBy(...keysetOrderBy(order))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countOffers(db: Database, query: OfferPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(offers).where(whereOf(query));
  return result?.total ?? 0;
}
