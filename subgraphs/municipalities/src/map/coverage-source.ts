import { type LivcrCoverageRow } from '../data/find-livcr-coverage-at';
import { type GeometryPrecision, type MapFormat } from '../generated/resolvers-types';

/** What `LivcrCoverage` resolves from: the area's rows on the date, and how the map is to be drawn. */
export type LivcrCoverageSource = {
  at: string;
  precision: GeometryPrecision;
  format: MapFormat;
  rows: LivcrCoverageRow[];
};
