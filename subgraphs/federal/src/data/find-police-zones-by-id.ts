import { type Database, federalTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type PoliceZoneRow } from './rows';

const { policeZones } = federalTables;

export function findPoliceZonesById(db: Database, ids: readonly string[]): Promise<PoliceZoneRow[]> {
  return db.select().from(policeZones).where(inArray(policeZones.id, [...ids]));
}
