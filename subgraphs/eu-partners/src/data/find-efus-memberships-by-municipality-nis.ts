import { type Database, euPartnersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type EfusMembershipRow } from './rows';

const { efusMemberships } = euPartnersTables;

export function findEfusMembershipsByMunicipalityNis(db: Database, nis: readonly string[]): Promise<EfusMembershipRow[]> {
  return db
    .select()
    .from(efusMemberships)
    .where(inArray(efusMemberships.municipalityNis, [...nis]))
    .orderBy(asc(efusMemberships.memberKey));
}
