import { badUserInput, type FigureSource, REGION_NIS, required } from '@cohesion/kit';
import { buildFeatureCollection, buildTopology } from '../map/build-coverage-map';
import { computeLivcrFigures, withholdProtectedFigures, type LivcrFigureSource } from '../map/compute-livcr-figures';
import { seriesDates } from '../map/series-dates';
import { summarizeCoverage } from '../map/summarize-coverage';
import { countMunicipalities } from '../data/count-municipalities';
import { findBoundaryProvenance } from '../data/find-boundary-provenance';
import { findLivcrCellFigures } from '../data/find-livcr-cell-figures';
import { findLivcrCoverageAt } from '../data/find-livcr-coverage-at';
import { findLivcrCoverageSeries } from '../data/find-livcr-coverage-series';
import { findLivcrProvenance } from '../data/find-livcr-provenance';
import { findAllProvinces } from '../data/find-provinces-by-nis';
import { type ProvenanceSource } from '../data/rows';
import { type Database } from '@cohesion/db';
import { type Resolvers } from '../generated/resolvers-types';
import { checkNis } from './arguments';

async function livcrProvenance(db: Database): Promise<ProvenanceSource> {
  return required(await findLivcrProvenance(db), 'provenance of the LIVC-R records (not seeded?)');
}

const MEASURE_LABELS: Record<LivcrFigureSource['measure'], string> = {
  CELLS: 'Cells',
  SHARED_CELLS: 'Shared cells',
  OWN_CELLS: 'Own cells',
  MUNICIPALITIES_COVERED: 'Municipalities covered',
  CELLS_BY_MEETING_FREQUENCY: 'Cells meeting',
};

/** A cell figure in the shared `Figure` shape; its provenance is the cell records' on the date described. */
function livcrFigure(figure: LivcrFigureSource, provenance: ProvenanceSource): FigureSource {
  const keys = [
    { name: 'region', value: figure.region },
    ...(figure.provinceNis ? [{ name: 'province', value: figure.provinceNis }] : []),
    ...(figure.meetingFrequency ? [{ name: 'meetingFrequency', value: figure.meetingFrequency }] : []),
  ];
  const label = [MEASURE_LABELS[figure.measure], figure.meetingFrequency, figure.region, figure.provinceNis ? `province ${figure.provinceNis}` : null]
    .filter((part): part is string => part !== null)
    .join(', ');
  return { kind: figure.measure, label, keys, count: figure.count, suppressionReason: figure.suppressionReason, provenance };
}

/** The coverage map, its time series and the dashboard figures: all public, aggregated or structural. */
export const livcrCoverageResolvers: Resolvers = {
  Query: {
    livcrCoverage: async (_parent, { region, province, at, precision, format }, { db, loaders, today }) => {
      if (province) {
        const found = await loaders.province.load(checkNis(province, 'province'));
        if (!found) throw badUserInput('province', province, 'expected the NIS code of one of the ten provinces, such as "40000"');
      }
      const date = at ?? today;
      const rows = await findLivcrCoverageAt(db, { at: date, regionNis: region ? REGION_NIS[region] : undefined, provinceNis: province ?? undefined });
      return { at: date, precision: precision ?? 'NATIONAL', format: format ?? 'GEOJSON', rows };
    },
    livcrCoverageSeries: async (_parent, { region, from, to, interval }, { db }) => {
      const step = interval ?? 'YEAR';
      const dates = seriesDates(from, to, step);
      const regionNis = region ? REGION_NIS[region] : undefined;
      const [rows, municipalities] = await Promise.all([findLivcrCoverageSeries(db, { dates, regionNis }), countMunicipalities(db, { regionNis })]);
      const byDate = new Map(rows.map((row) => [row.date, row]));
      return {
        region: region ?? null,
        interval: step,
        points: dates.map((date) => {
          const row = byDate.get(date) ?? { date, cells: 0, sharedCells: 0, municipalitiesCovered: 0, formerMunicipalitiesCovered: 0 };
          return { ...row, coverageRatio: municipalities ? Math.round((row.municipalitiesCovered / municipalities) * 10_000) / 10_000 : 0 };
        }),
        provenance: await livcrProvenance(db),
      };
    },
    livcrFigures: async (_parent, { region, at, kinds }, { db, today, identity }) => {
      const date = at ?? today;
      const regionNis = region ? REGION_NIS[region] : undefined;
      const [rows, provinces, provenance] = await Promise.all([
        findLivcrCellFigures(db, { at: date, regionNis }),
        findAllProvinces(db),
        livcrProvenance(db),
      ]);
      const computed = computeLivcrFigures(rows, { regionNis: regionNis ? [regionNis] : Object.values(REGION_NIS), provinces });
      const figures = withholdProtectedFigures(computed, identity?.scopes ?? new Set());
      return figures
        .filter((figure) => !kinds || kinds.includes(figure.measure))
        .map((figure) => livcrFigure(figure, { ...provenance, referenceDate: date }));
    },
  },
  LivcrCoverage: {
    featureCollection: async (coverage, _args, { boundaries }) =>
      coverage.format === 'GEOJSON' ? buildFeatureCollection(coverage.rows, await boundaries.get(coverage.precision)) : null,
    topology: async (coverage, _args, { boundaries }) =>
      coverage.format === 'TOPOJSON' ? buildTopology(coverage.rows, await boundaries.get(coverage.precision)) : null,
    summary: (coverage) => summarizeCoverage(coverage.rows),
    provenance: (_coverage, _args, { db }) => livcrProvenance(db),
    boundaryProvenance: async (_coverage, _args, { db }) => required(await findBoundaryProvenance(db), 'boundary provenance'),
  },
  LivcrRegionCoverage: {
    region: async (figures, _args, { loaders }) => required(await loaders.region.load(figures.nis), `region ${figures.nis}`),
  },
  LivcrProvinceCoverage: {
    province: async (figures, _args, { loaders }) => required(await loaders.province.load(figures.nis), `province ${figures.nis}`),
  },
};
