import { type CoverageStatus } from './labels';

/**
 * Fill colours by coverage status, from the Okabe–Ito palette (safe for the common colour-vision deficiencies):
 * blue and orange stay apart for deuteranopes, protanopes and tritanopes alike, and differ in lightness from the
 * light grey of municipalities without a cell, so the map also reads in greyscale.
 */
export const STATUS_COLOURS: Record<CoverageStatus, string> = {
  COVERED: '#0072B2',
  DORMANT: '#E69F00',
  NOT_COVERED: '#E0E0E0',
};

/** The order of the legend. */
export const STATUSES: readonly CoverageStatus[] = ['COVERED', 'DORMANT', 'NOT_COVERED'];
