import { type Database, municipalitiesTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';

const { arrondissements } = municipalitiesTables;

export function findArrondissementsByNis(db: Database, nis: readonly string[]) {
  return db.select().from(arrondissements).where(inArray(arrondissements.nis, [...nis]));
}
