import { type Database, flandersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type NetworkProvinceRow } from './rows';

const { networkProvinces } = flandersTables;

export function findNetworkProvincesByNetworkId(db: Database, networkIds: readonly string[]): Promise<NetworkProvinceRow[]> {
  return db.select().from(networkProvinces).where(inArray(networkProvinces.networkId, [...networkIds])).orderBy(asc(networkProvinces.provinceNis));
}
