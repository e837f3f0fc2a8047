import { type Database } from '@cohesion/db';
import { createGroupedLoader, createKeyedLoader } from '@cohesion/kit';
import DataLoader from 'dataloader';
import { findArrondissementsByNis } from './data/find-arrondissements-by-nis';
import { findLivcrCellsById } from './data/find-livcr-cells-by-id';
import { findLivcrCellsOfMunicipalities } from './data/find-livcr-cells-of-municipalities';
import { findLivcrMeetingBandChangesByCellId } from './data/find-livcr-meeting-band-changes-by-cell-id';
import { findLivcrMemberRolesByCellId } from './data/find-livcr-member-roles-by-cell-id';
import { findLivcrMembershipsByCellId } from './data/find-livcr-memberships-by-cell-id';
import { findLivcrStatusPeriodsByCellId } from './data/find-livcr-status-periods-by-cell-id';
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

/** One loader per date asked for: the municipalities' cells on that date, batched. */
function livcrCellOfMunicipalityLoaders(db: Database) {
  const byDate = new Map<string, ReturnType<typeof createKeyedLoader<string, Awaited<ReturnType<typeof findLivcrCellsOfMunicipalities>>[number]>>>();
  return (at: string) => {
    let loader = byDate.get(at);
    if (!loader) {
      loader = createKeyedLoader((nis: readonly string[]) => findLivcrCellsOfMunicipalities(db, nis, at), (row) => row.municipalityNis);
      byDate.set(at, loader);
    }
    return loader;
  };
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
    livcrCell: createKeyedLoader((ids: readonly string[]) => findLivcrCellsById(db, ids), (row) => row.id),
    livcrMemberships: createGroupedLoader((ids: readonly string[]) => findLivcrMembershipsByCellId(db, ids), (row) => row.cellId),
    livcrStatusPeriods: createGroupedLoader((ids: readonly string[]) => findLivcrStatusPeriodsByCellId(db, ids), (row) => row.cellId),
    livcrMeetingBandChanges: createGroupedLoader((ids: readonly string[]) => findLivcrMeetingBandChangesByCellId(db, ids), (row) => row.cellId),
    livcrMemberRoles: createGroupedLoader((ids: readonly string[]) => findLivcrMemberRolesByCellId(db, ids), (row) => row.cellId),
    livcrCellOfMunicipality: livcrCellOfMunicipalityLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
