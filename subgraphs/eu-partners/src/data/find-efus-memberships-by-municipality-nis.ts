import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type EfusMembershipRow } from './rows';

const { efusMemberships } = euPartnersTables;

export function findEfusMembershipsByMunicipalityNis(db: Database, nis: readonly string[]): Promise<EfusMembershipRow[]> {
  return db
    .select()
    .from(efusMemberships)
    .where(equalsAny(efusMemberships.municipalityNis, nis))
    .orderBy(asc(efusMemberships.memberKey));
}
