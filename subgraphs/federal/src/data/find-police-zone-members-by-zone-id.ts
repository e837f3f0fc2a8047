import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';

const { policeZoneMunicipalities } = federalTables;

/** The municipalities (NIS codes) of each given zone. */
export function findPoliceZoneMembersByZoneId(db: Database, zoneIds: readonly string[]) {
  return db
    .select({ zoneId: policeZoneMunicipalities.zoneId, municipalityNis: policeZoneMunicipalities.municipalityNis })
    .from(policeZoneMunicipalities)
    .where(equalsAny(policeZoneMunicipalities.zoneId, zoneIds))
    .orderBy(asc(policeZoneMunicipalities.municipalityNis));
}
