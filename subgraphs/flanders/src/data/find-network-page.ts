import { type Database, flandersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq, inArray } from 'drizzle-orm';

const { networks, networkProvinces } = flandersTables;

export type NetworkKind = 'WORKING_GROUP' | 'INTERVISION_CIRCLE' | 'REGIONAL_PLATFORM';

const NETWORK_ORDERS = { NAME_ASC: ascending(networks.sortName), NAME_DESC: descending(networks.sortName) };

// One list per kind, so that a working group's cursor is refused by the intervision circles.
const networkLists = {
  WORKING_GROUP: keysetList({ name: 'flanders-working-groups', table: networks, id: networks.id, orders: NETWORK_ORDERS }),
  INTERVISION_CIRCLE: keysetList({ name: 'flanders-intervision-circles', table: networks, id: networks.id, orders: NETWORK_ORDERS }),
  REGIONAL_PLATFORM: keysetList({ name: 'flanders-regional-platforms', table: networks, id: networks.id, orders: NETWORK_ORDERS }),
};

export type NetworkPageQuery = { includeArchived?: boolean | null | undefined; networkKind: NetworkKind; provinceNis?: string | undefined; search?: string | null | undefined };

/** Working groups, intervision circles or regional platforms, one page of one kind. */
export function findNetworkPage(db: Database, query: NetworkPageQuery, page: PageArguments<'NAME_ASC' | 'NAME_DESC'>) {
  return networkLists[query.networkKind].findPage(
    db,
    page,
    and(
      currentRecords(networks.archivedOn, query.includeArchived),
      eq(networks.networkKind, query.networkKind),
      query.provinceNis
        ? inArray(networks.id, db.select({ id: networkProvinces.networkId }).from(networkProvinces).where(eq(networkProvinces.provinceNis, query.provinceNis)))
        : undefined,
      searchCondition(networks.searchText, query.search),
    ),
  );
}
