import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, getTableColumns } from 'drizzle-orm';
import { type ProvinceRow } from './rows';

const { provinces } = municipalitiesTables;
const { geometry: _geometry, ...provinceColumns } = getTableColumns(provinces);

export function findProvincesByNis(db: Database, nis: readonly string[]): Promise<ProvinceRow[]> {
  return db.select(provinceColumns).from(provinces).where(equalsAny(provinces.nis, nis));
}

/** All ten provinces, ordered by NIS code. */
export function findAllProvinces(db: Database): Promise<ProvinceRow[]> {
  return db.select(provinceColumns).from(provinces).orderBy(asc(provinces.nis));
}

export function findProvincesByRegionNis(db: Database, regionNis: readonly string[]): Promise<ProvinceRow[]> {
  return db.select(provinceColumns).from(provinces).where(equalsAny(provinces.regionNis, regionNis)).orderBy(asc(provinces.nis));
}
