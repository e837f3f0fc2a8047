import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { getTableColumns } from 'drizzle-orm';
import { type MunicipalityRow } from './rows';

const { municipalities } = municipalitiesTables;
const { geometry: _geometry, searchText: _searchText, ...municipalityColumns } = getTableColumns(municipalities);

/** The columns of a municipality row without its boundary and search text. */
export { municipalityColumns };

export function findMunicipalitiesByNis(db: Database, nis: readonly string[]): Promise<MunicipalityRow[]> {
  return db.select(municipalityColumns).from(municipalities).where(equalsAny(municipalities.nis, nis));
}
