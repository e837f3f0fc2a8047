import { type Coverage, type CoverageFigures, type CoverageFilter, type RegionCode } from './coverage-api';

/** One row of the "figures by area" table: which area it describes, its figures, and whether it is the total. */
export type AreaRow =
  | { kind: 'total'; figures: CoverageFigures }
  | { kind: 'region'; code: RegionCode; figures: CoverageFigures }
  | { kind: 'province'; nis: string; figures: CoverageFigures };

/**
 * The rows of the figures table for the area the map shows. The API's summary always carries the regions and
 * provinces that intersect the area, so a filtered summary repeats the total under another name: with a province
 * filter its one region row holds the province's figures (labelled "Flemish Region" for Limburg), with a region
 * filter the region row is the total again. Only areas strictly inside the one shown are listed under the total.
 */
export function areaRows(summary: Coverage['summary'], filter: CoverageFilter): AreaRow[] {
  const total: AreaRow = { kind: 'total', figures: summary.total };
  if (filter.province) return [total];
  const provinces = summary.provinces.map((row): AreaRow => ({ kind: 'province', nis: row.nis, figures: row }));
  if (filter.region) return [total, ...provinces];
  return [total, ...summary.regions.map((row): AreaRow => ({ kind: 'region', code: row.code, figures: row })), ...provinces];
}
