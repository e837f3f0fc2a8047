import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type VisitRow } from './rows';

const { mobileTeamVisits } = federalTables;

export function findVisitsByMunicipalityNis(db: Database, nis: readonly string[]): Promise<VisitRow[]> {
  return db
    .select()
    .from(mobileTeamVisits)
    .where(equalsAny(mobileTeamVisits.municipalityNis, nis))
    .orderBy(asc(mobileTeamVisits.date), asc(mobileTeamVisits.id));
}
