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

/** The id of the SVG pattern that hatches a shared cell of a status. */
const patternId = (status: CoverageStatus) => `cohesion-shared-${status.toLowerCase()}`;

/**
 * A municipality's fill: its status's colour, hatched with white when its cell is shared with other municipalities,
 * so that shared and own cells differ by texture, not by colour alone.
 */
export function fillOf(status: CoverageStatus, scope: 'OWN' | 'SHARED' | null): string {
  return scope === 'SHARED' && status !== 'NOT_COVERED' ? `url(#${patternId(status)})` : STATUS_COLOURS[status];
}

/** Adds the hatching patterns to an SVG element (once), for `fillOf`'s url(#…) fills inside it. */
export function hatchingPatterns(svg: Element | null, namespace: string) {
  if (!svg || svg.querySelector('defs[data-hatching]')) return;
  const defs = document.createElementNS(namespace, 'defs');
  defs.setAttribute('data-hatching', '');
  for (const status of STATUSES) {
    if (status === 'NOT_COVERED') continue;
    const pattern = document.createElementNS(namespace, 'pattern');
    for (const [name, value] of Object.entries({ id: patternId(status), patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: 'rotate(45)' })) {
      pattern.setAttribute(name, value);
    }
    const background = document.createElementNS(namespace, 'rect');
    for (const [name, value] of Object.entries({ width: '6', height: '6', fill: STATUS_COLOURS[status] })) background.setAttribute(name, value);
    const stripe = document.createElementNS(namespace, 'rect');
    for (const [name, value] of Object.entries({ width: '2', height: '6', fill: '#ffffff' })) stripe.setAttribute(name, value);
    pattern.append(background, stripe);
    defs.append(pattern);
  }
  svg.prepend(defs);
}
