import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';

const { municipalities, provinces, regions } = municipalitiesTables;
const tables = { municipality: municipalities, province: provinces, region: regions };

/** Boundaries are the heavy column: they are read on their own, only for the units whose geometry is asked for. */
export function findGeometriesByNis(db: Database, unit: keyof typeof tables, nis: readonly string[]) {
  const table = tables[unit];
  return db.select({ nis: table.nis, geometry: table.geometry }).from(table).where(equalsAny(table.nis, nis));
}
