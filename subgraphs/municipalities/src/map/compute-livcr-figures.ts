import { regionCodeOfNis as regionCodeOf, type RegionCodeValue as RegionCode } from '@cohesion/kit';
import { type LivcrFigureKind, type MeetingFrequencyBand } from '../generated/resolvers-types';

/** A cell as the figures count it (findLivcrCellFigures). */
export type CellFigureRow = { id: string; regionNis: string; provinceNis: string | null; meetingFrequency: string; status: string; members: number };

/** One cell figure before it takes the shared `Figure` shape: the count, withheld when `suppressionReason` is set. */
export type LivcrFigureSource = {
  measure: LivcrFigureKind;
  meetingFrequency: MeetingFrequencyBand | null;
  region: RegionCode;
  provinceNis: string | null;
  count: number;
  suppressionReason: string | null;
};

/** Counts from 1 to this - 1 of a figure derived from a cell's internal facts are withheld below region level. */
export const SMALL_COUNT_THRESHOLD = 5;
const BANDS: MeetingFrequencyBand[] = ['NONE', 'ON_DEMAND', 'ANNUAL', 'QUARTERLY', 'MONTHLY'];
const SMALL_COUNT = `Fewer than ${SMALL_COUNT_THRESHOLD} cells: below region level, a count this small could reveal an internal fact of an identifiable cell.`;
const COMPLEMENTARY = 'Withheld as well, so that a withheld count cannot be worked out from the province total and the other bands.';

function structural(rows: readonly CellFigureRow[], region: RegionCode, provinceNis: string | null): LivcrFigureSource[] {
  const shared = rows.filter((row) => row.members > 1).length;
  const shown = (measure: LivcrFigureKind, count: number): LivcrFigureSource => ({
    measure,
    meetingFrequency: null,
    region,
    provinceNis,
    count,
    suppressionReason: null,
  });
  return [
    shown('CELLS', rows.length),
    shown('SHARED_CELLS', shared),
    shown('OWN_CELLS', rows.length - shared),
    shown('MUNICIPALITIES_COVERED', rows.reduce((sum, row) => sum + row.members, 0)),
  ];
}

/**
 * Cells per meeting band. Meeting frequency is an internal fact of each cell (`cells:read`): at region level the
 * counts are shown; per province, counts from 1 to 4 are withheld, and when exactly one band of a province is
 * withheld, the next smallest non-zero band is withheld too (complementary suppression).
 */
function byMeetingFrequency(rows: readonly CellFigureRow[], region: RegionCode, provinceNis: string | null): LivcrFigureSource[] {
  const figures = BANDS.map((band): LivcrFigureSource => {
    const count = rows.filter((row) => row.meetingFrequency === band).length;
    const small = provinceNis !== null && count > 0 && count < SMALL_COUNT_THRESHOLD;
    return { measure: 'CELLS_BY_MEETING_FREQUENCY', meetingFrequency: band, region, provinceNis, count, suppressionReason: small ? SMALL_COUNT : null };
  });
  if (figures.filter((figure) => figure.suppressionReason !== null).length === 1) {
    const next = figures.filter((figure) => figure.suppressionReason === null && figure.count > 0).sort((a, b) => a.count - b.count)[0];
    if (next) next.suppressionReason = COMPLEMENTARY;
  }
  return figures;
}

/**
 * Dashboard figures per region then per province. Cells, shared and own cells and municipalities covered are
 * structural and public (the coverage map shows each cell), so they are never withheld; only figures derived from
 * the cells' internal facts are.
 */
export function computeLivcrFigures(
  rows: readonly CellFigureRow[],
  areas: { regionNis: readonly string[]; provinces: ReadonlyArray<{ nis: string; regionNis: string }> },
): LivcrFigureSource[] {
  const figures: LivcrFigureSource[] = [];
  const regions = [...areas.regionNis].sort();
  for (const regionNis of regions) {
    const regional = rows.filter((row) => row.regionNis === regionNis);
    const region = regionCodeOf(regionNis);
    figures.push(...structural(regional, region, null), ...byMeetingFrequency(regional, region, null));
  }
  for (const regionNis of regions) {
    const provinces = areas.provinces.filter((province) => province.regionNis === regionNis).map((province) => province.nis).sort();
    for (const provinceNis of provinces) {
      const provincial = rows.filter((row) => row.provinceNis === provinceNis);
      const region = regionCodeOf(regionNis);
      figures.push(...structural(provincial, region, provinceNis), ...byMeetingFrequency(provincial, region, provinceNis));
    }
  }
  return figures;
}

/** The scope that guards each cell fact a figure counts (schema/AUTHORIZATION.md, "No inference from public answers"). */
const PROTECTED_MEASURES: Partial<Record<LivcrFigureKind, string>> = { CELLS_BY_MEETING_FREQUENCY: 'cells:read' };

/**
 * Withholds every figure that counts a protected cell fact from callers without that fact's scope. Suppressing
 * small counts per answer is not enough: `at:` takes any date, so the difference between the day before and the day
 * a cell was founded (or between a region and its provinces) would isolate one cell's meeting band. A count of a
 * protected fact is therefore answered only to those who may read the fact itself.
 */
export function withholdProtectedFigures(figures: readonly LivcrFigureSource[], scopes: ReadonlySet<string>): LivcrFigureSource[] {
  return figures.map((figure) => {
    const scope = PROTECTED_MEASURES[figure.measure];
    if (!scope || scopes.has(scope)) return figure;
    return { ...figure, suppressionReason: `Requires the ${scope} scope: this figure counts a protected fact of the cells, and public counts of it could be differenced across dates and areas to reveal one cell's value.` };
  });
}
