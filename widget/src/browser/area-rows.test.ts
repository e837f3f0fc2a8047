import { areaRows } from './area-rows';
import { type Coverage, type CoverageFigures } from './coverage-api';

const figures = (municipalities: number): CoverageFigures => ({ municipalities, municipalitiesCovered: municipalities - 1, cells: 3, sharedCells: 1, dormantCells: 0 });

describe('areaRows (the figures-by-area table of the map)', () => {
  it('lists only the province under a province filter, not its region carrying the province’s figures', () => {
    // What livcrCoverage(province: "70000") answers: the total, one region row with Limburg's own figures, one province.
    const summary: Coverage['summary'] = {
      total: figures(42),
      regions: [{ code: 'FLANDERS', ...figures(42) }],
      provinces: [{ nis: '70000', regionCode: 'FLANDERS', ...figures(42) }],
    };
    const rows = areaRows(summary, { province: '70000' });
    expect(rows).toEqual([{ kind: 'total', figures: summary.total }]);
    expect(rows.some((row) => row.kind === 'region')).toBe(false);
  });

  it('lists a region’s provinces under its total, without repeating the region', () => {
    const summary: Coverage['summary'] = {
      total: figures(262),
      regions: [{ code: 'WALLONIA', ...figures(262) }],
      provinces: [
        { nis: '20002', regionCode: 'WALLONIA', ...figures(27) },
        { nis: '50000', regionCode: 'WALLONIA', ...figures(69) },
      ],
    };
    expect(areaRows(summary, { region: 'WALLONIA' }).map((row) => (row.kind === 'province' ? row.nis : row.kind))).toEqual(['total', '20002', '50000']);
  });

  it('lists the regions, then the provinces, under the country', () => {
    const summary: Coverage['summary'] = {
      total: figures(565),
      regions: [
        { code: 'FLANDERS', ...figures(285) },
        { code: 'BRUSSELS', ...figures(19) },
      ],
      provinces: [{ nis: '10000', regionCode: 'FLANDERS', ...figures(69) }],
    };
    expect(areaRows(summary, {}).map((row) => row.kind)).toEqual(['total', 'region', 'region', 'province']);
  });
});
