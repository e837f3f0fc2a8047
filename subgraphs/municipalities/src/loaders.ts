import { type Database } from '@cohesion/db';
import { createGroupedLoader, createKeyedLoader } from '@cohesion/kit';
import DataLoader from 'dataloader';
import { findArrondissementsByNis } from './data/find-arrondissements-by-nis';
import { findGeometriesByNis } from './data/find-geometries-by-nis';
import { findMunicipalitiesByNis } from './data/find-municipalities-by-nis';
import { findPredecessorsByMunicipalityNis } from './data/find-predecessors-by-municipality-nis';
import { findProvincesByNis, findProvincesByRegionNis } from './data/find-provinces-by-nis';
import { findRegionsByNis } from './data/find-regions-by-nis';

function geometryLoader(db: Database, unit: Parameters<typeof findGeometriesByNis>[1]) {
  return new DataLoader<string, unknown>(async (keys) => {
    const rows = await findGeometriesByNis(db, unit, keys);
    const byNis = new Map(rows.map((row) => [row.nis, row.geometry]));
    return keys.map((key) => byNis.get(key) ?? new Error(`No ${unit} geometry for NIS ${key}`));
  });
}

/** Per-request loaders (DataLoader's "one loader per request"): every lookup by key is batched. */
export function createLoaders(db: Database) {
  return {
    municipality: createKeyedLoader((nis: readonly string[]) => findMunicipalitiesByNis(db, nis), (row) => row.nis),
    province: createKeyedLoader((nis: readonly string[]) => findProvincesByNis(db, nis), (row) => row.nis),
    provincesByRegion: createGroupedLoader(
      (nis: readonly string[]) => findProvincesByRegionNis(db, nis),
      (row) => row.regionNis,
    ),
    region: createKeyedLoader((nis: readonly string[]) => findRegionsByNis(db, nis), (row) => row.nis),
    arrondissement: createKeyedLoader((nis: readonly string[]) => findArrondissementsByNis(db, nis), (row) => row.nis),
    predecessors: createGroupedLoader(
      (nis: readonly string[]) => findPredecessorsByMunicipalityNis(db, nis),
      (row) => row.municipalityNis,
    ),
    municipalityGeometry: geometryLoader(db, 'municipality'),
    provinceGeometry: geometryLoader(db, 'province'),
    regionGeometry: geometryLoader(db, 'region'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
