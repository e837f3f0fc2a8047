import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type LocalInitiativeRow } from './rows';

const { localInitiatives } = federalTables;

export function findLocalInitiativesByMunicipalityNis(db: Database, nis: readonly string[]): Promise<LocalInitiativeRow[]> {
  return db
    .select()
    .from(localInitiatives)
    .where(equalsAny(localInitiatives.municipalityNis, nis))
    .orderBy(asc(localInitiatives.sortKey), asc(localInitiatives.id));
}
