import { type Database, federalTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type LocalInitiativeRow } from './rows';

const { localInitiatives } = federalTables;

export function findLocalInitiativesByMunicipalityNis(db: Database, nis: readonly string[]): Promise<LocalInitiativeRow[]> {
  return db
    .select()
    .from(localInitiatives)
    .where(inArray(localInitiatives.municipalityNis, [...nis]))
    .orderBy(asc(localInitiatives.sortKey), asc(localInitiatives.id));
}
