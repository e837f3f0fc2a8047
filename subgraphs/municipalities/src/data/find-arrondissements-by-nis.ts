import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';

const { arrondissements } = municipalitiesTables;

export function findArrondissementsByNis(db: Database, nis: readonly string[]) {
  return db.select().from(arrondissements).where(equalsAny(arrondissements.nis, nis));
}
