import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type NetworkProvinceRow } from './rows';

const { networkProvinces } = flandersTables;

export function findNetworkProvincesByNetworkId(db: Database, networkIds: readonly string[]): Promise<NetworkProvinceRow[]> {
  return db.select().from(networkProvinces).where(equalsAny(networkProvinces.networkId, networkIds)).orderBy(asc(networkProvinces.provinceNis));
}
