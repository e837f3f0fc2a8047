import { type FigureSource } from '../data/rows';

/** Counts about people or cases below region level under this many are withheld. */
export const SMALL_COUNT_THRESHOLD = 5;

/** Why a figure is withheld, or null when it is shown. */
export function suppressionReasonOf(figure: FigureSource): string | null {
  if (!figure.aboutPeopleOrCasesBelowRegion || figure.count === 0 || figure.count >= SMALL_COUNT_THRESHOLD) return null;
  return `Fewer than ${SMALL_COUNT_THRESHOLD}: counts about people or cases below region level are withheld.`;
}
