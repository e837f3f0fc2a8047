import { type Database, flandersTables } from '@cohesion/db';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, searchCondition, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type NetworkRow } from './rows';

const { networks, networkProvinces } = flandersTables;

export type NetworkKind = 'WORKING_GROUP' | 'INTERVISION_CIRCLE' | 'REGIONAL_PLATFORM';

export const NETWORK_ORDERS: Record<'NAME_ASC' | 'NAME_DESC', SortSpec<NetworkRow>> = {
  NAME_ASC: { column: networks.sortName, direction: 'asc', valueOf: (row) => row.sortName },
  NAME_DESC: { column: networks.sortName, direction: 'desc', valueOf: (row) => row.sortName },
};

export type NetworkPageQuery = { networkKind: NetworkKind; provinceNis?: string | undefined; search?: string | undefined };

function whereOf(db: Database, query: NetworkPageQuery): SQL | undefined {
  return and(
    eq(networks.networkKind, query.networkKind),
    query.provinceNis
      ? inArray(networks.id, db.select({ id: networkProvinces.networkId }).from(networkProvinces).where(eq(networkProvinces.provinceNis, query.provinceNis)))
      : undefined,
    searchCondition(networks.searchText, query.search),
  );
}

/** Working groups, intervision circles or regional platforms, one page of one kind. */
export async function findNetworkPage(db: Database, query: NetworkPageQuery & { sort: SortSpec<NetworkRow>; after?: KeysetPosition | undefined; first: number }) {
  const rows = await db
    .select()
    .from(networks)
    .where(and(whereOf(db, query), afterPosition(query.sort, networks.id, query.after)))
    .orderBy(...keysetOrder(query.sort, networks.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countNetworks(db: Database, query: NetworkPageQuery): Promise<number> {
  return countRows(db, networks, whereOf(db, query));
}
