import { type LivcrCoverageRow } from '../data/find-livcr-coverage-at';
import { type RegionCode } from '../generated/resolvers-types';
import { regionCodeOfNis as regionCodeOf } from '@cohesion/kit';

/** Coverage figures of an area, as `LivcrCoverageFigures`. */
export type CoverageFigures = {
  municipalities: number;
  municipalitiesCovered: number;
  cells: number;
  sharedCells: number;
  ownCells: number;
  dormantCells: number;
  coverageRatio: number;
};
export type RegionCoverageSource = CoverageFigures & { code: RegionCode; nis: string };
export type ProvinceCoverageSource = CoverageFigures & { nis: string; regionCode: RegionCode };
export type CoverageSummary = { total: CoverageFigures; regions: RegionCoverageSource[]; provinces: ProvinceCoverageSource[] };

/** Counts an area's municipalities and the distinct cells their members belong to (a cell never spans two provinces). */
function figuresOf(rows: readonly LivcrCoverageRow[]): CoverageFigures {
  const cells = new Map<string, LivcrCoverageRow>();
  for (const row of rows) if (row.cellId) cells.set(row.cellId, row);
  const covered = rows.filter((row) => row.cellId !== null).length;
  const shared = [...cells.values()].filter((row) => (row.members ?? 0) > 1).length;
  return {
    municipalities: rows.length,
    municipalitiesCovered: covered,
    cells: cells.size,
    sharedCells: shared,
    ownCells: cells.size - shared,
    dormantCells: [...cells.values()].filter((row) => row.status === 'DORMANT').length,
    coverageRatio: rows.length ? Math.round((covered / rows.length) * 10_000) / 10_000 : 0,
  };
}

function groupBy(rows: readonly LivcrCoverageRow[], key: (row: LivcrCoverageRow) => string | null): Map<string, LivcrCoverageRow[]> {
  const groups = new Map<string, LivcrCoverageRow[]>();
  for (const row of rows) {
    const value = key(row);
    if (value !== null) groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** The figures of a coverage map, from the same rows as its features: in total, per region and per province. */
export function summarizeCoverage(rows: readonly LivcrCoverageRow[]): CoverageSummary {
  return {
    total: figuresOf(rows),
    regions: [...groupBy(rows, (row) => row.regionNis)].map(([nis, group]) => ({ nis, code: regionCodeOf(nis), ...figuresOf(group) })),
    provinces: [...groupBy(rows, (row) => row.provinceNis)].map(([nis, group]) => ({
      nis,
      regionCode: regionCodeOf((group[0] as LivcrCoverageRow).regionNis),
      ...figuresOf(group),
    })),
  };
}
