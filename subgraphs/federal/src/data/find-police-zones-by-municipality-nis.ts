import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { eq, getTableColumns } from 'drizzle-orm';
import { type PoliceZoneOfMunicipalityRow } from './rows';

const { policeZones, policeZoneMunicipalities } = federalTables;

/** The zone of each given municipality, in one join. */
export function findPoliceZonesByMunicipalityNis(db: Database, nis: readonly string[]): Promise<PoliceZoneOfMunicipalityRow[]> {
  return db
    .select({ ...getTableColumns(policeZones), municipalityNis: policeZoneMunicipalities.municipalityNis })
    .from(policeZoneMunicipalities)
    .innerJoin(policeZones, eq(policeZones.id, policeZoneMunicipalities.zoneId))
    .where(equalsAny(policeZoneMunicipalities.municipalityNis, nis));
}
