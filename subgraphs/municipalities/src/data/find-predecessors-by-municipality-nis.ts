import { type Database, municipalitiesTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';

const { predecessors } = municipalitiesTables;

export function findPredecessorsByMunicipalityNis(db: Database, nis: readonly string[]) {
  return db
    .select()
    .from(predecessors)
    .where(inArray(predecessors.municipalityNis, [...nis]))
    .orderBy(asc(predecessors.predecessorNis));
}
