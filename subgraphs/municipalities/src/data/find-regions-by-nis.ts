import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, getTableColumns } from 'drizzle-orm';
import { type RegionRow } from './rows';

const { regions } = municipalitiesTables;
const { geometry: _geometry, ...regionColumns } = getTableColumns(regions);

export function findRegionsByNis(db: Database, nis: readonly string[]): Promise<RegionRow[]> {
  return db.select(regionColumns).from(regions).where(equalsAny(regions.nis, nis));
}

/** The three regions, ordered by NIS code. */
export function findAllRegions(db: Database): Promise<RegionRow[]> {
  return db.select(regionColumns).from(regions).orderBy(asc(regions.nis));
}
