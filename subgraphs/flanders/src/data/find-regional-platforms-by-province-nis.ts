import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import { type NetworkRow } from './rows';

const { networks, networkProvinces } = flandersTables;

/** Regional platforms with the province each serves: one row per platform and province. */
export function findRegionalPlatformsByProvinceNis(db: Database, provinceNis: readonly string[]): Promise<Array<NetworkRow & { provinceNis: string }>> {
  return db
    .select({ ...getTableColumns(networks), provinceNis: networkProvinces.provinceNis })
    .from(networkProvinces)
    .innerJoin(networks, eq(networks.id, networkProvinces.networkId))
    .where(and(equalsAny(networkProvinces.provinceNis, provinceNis), eq(networks.networkKind, 'REGIONAL_PLATFORM')))
    .orderBy(asc(networks.sortName), asc(networks.id));
}
