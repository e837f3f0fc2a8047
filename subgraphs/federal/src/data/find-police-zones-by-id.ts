import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type PoliceZoneRow } from './rows';

const { policeZones } = federalTables;

export function findPoliceZonesById(db: Database, ids: readonly string[]): Promise<PoliceZoneRow[]> {
  return db.select().from(policeZones).where(equalsAny(policeZones.id, ids));
}
