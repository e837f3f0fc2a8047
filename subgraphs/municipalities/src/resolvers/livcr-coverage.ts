import { badUserInput } from '@cohesion/kit';
import { GraphQLError } from 'graphql';
import { buildFeatureCollection, buildTopology } from '../map/build-coverage-map';
import { computeLivcrFigures } from '../map/compute-livcr-figures';
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
import { REGION_NIS } from '../region-codes';
import { checkNis } from './arguments';

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new GraphQLError(`Missing ${what}`);
  return value;
}

async function livcrProvenance(db: Database): Promise<ProvenanceSource> {
  return required(await findLivcrProvenance(db), 'provenance of the LIVC-R records (not seeded?)');
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
    livcrFigures: async (_parent, { region, at }, { db, today }) => {
      const date = at ?? today;
      const regionNis = region ? REGION_NIS[region] : undefined;
      const [rows, provinces] = await Promise.all([findLivcrCellFigures(db, { at: date, regionNis }), findAllProvinces(db)]);
      return {
        at: date,
        figures: computeLivcrFigures(rows, { regionNis: regionNis ? [regionNis] : Object.values(REGION_NIS), provinces }),
        provenance: await livcrProvenance(db),
      };
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
