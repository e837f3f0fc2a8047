import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { and, arrayContains, count, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrderBy, limitPage, searchCondition, textSortKey, type KeysetOrder, type PageArguments } from './keyset';
import { type OrganisationRow } from './rows';

const { organisations } = walloniaBrusselsTables;

export type OrganisationPageQuery = {
  type?: string | undefined;
  level?: string | undefined;
  region?: string | undefined;
  search?: string | undefined;
};
export type OrganisationOrder = 'NAME_ASC' | 'NAME_DESC';

const ORDERS: Record<OrganisationOrder, KeysetOrder> = {
  NAME_ASC: { sortKey: textSortKey(organisations.sortName), id: organisations.id, direction: 'asc' },
  NAME_DESC: { sortKey: textSortKey(organisations.sortName), id: organisations.id, direction: 'desc' },
};

function whereOf(query: OrganisationPageQuery): SQL | undefined {
  return and(
    query.type ? eq(organisations.type, query.type) : undefined,
    query.level ? eq(organisations.level, query.level) : undefined,
    query.region ? arrayContains(organisations.regions, [query.region]) : undefined,
    searchCondition(organisations.searchText, query.search),
  );
}

/** One page of organisations in the given order after the cursor position; reads one row more to know whether another follows. */
export async function findOrganisationPage(
  db: Database,
  query: OrganisationPageQuery & PageArguments<OrganisationOrder>,
): Promise<{ rows: Array<OrganisationRow & { sortValue: string }>; hasNextPage: boolean }> {
  const order = ORDERS[query.orderBy];
  const rows = await db
    .select({ ...getTableColumns(organisations), sortValue: order.sortKey })
    .from(organisations)
    .where(and(whereOf(query), keysetAfter(order, query.after)))
    .orderBy(...keysetOrderBy(order))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countOrganisations(db: Database, query: OrganisationPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(organisations).where(whereOf(query));
  return result?.total ?? 0;
}
