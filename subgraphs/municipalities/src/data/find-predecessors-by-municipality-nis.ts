import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';

const { predecessors } = municipalitiesTables;

export function findPredecessorsByMunicipalityNis(db: Database, nis: readonly string[]) {
  return db
    .select()
    .from(predecessors)
    .where(equalsAny(predecessors.municipalityNis, nis))
    .orderBy(asc(predecessors.predecessorNis));
}
