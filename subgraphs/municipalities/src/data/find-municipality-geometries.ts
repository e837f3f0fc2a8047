import { type Database, municipalitiesTables } from '@cohesion/db';
import { asc } from 'drizzle-orm';

const { municipalities } = municipalitiesTables;

/** Every 2025 municipality's boundary, ordered by NIS code: the input of the coverage map's geometry cache. */
export function findMunicipalityGeometries(db: Database) {
  return db.select({ nis: municipalities.nis, geometry: municipalities.geometry }).from(municipalities).orderBy(asc(municipalities.nis));
}
