import { createSeededRandom } from '../seeded-random';
import { type MunicipalityTerritory } from './read-municipality-territory';

/** The published total the generated data is consistent with (DOMAIN.md, coverage observations). */
export const CSILR_OBSERVATION = {
  date: '2021-05-05',
  cells: 106,
  municipalitiesWithCell: 191,
  source: 'Parlement de Wallonie, interpellation 124964 (5 May 2021): 106 CSIL-R covering 191 communes',
} as const;

export const CSILR_SAMPLE_SOURCE =
  'Generated illustration data (Cohesion Hub SAMPLE): which Walloon municipalities have a CSIL-R and receive support ' +
  'through their social cohesion plan is not public; generated deterministically, consistent with ' +
  `${CSILR_OBSERVATION.source}. Not a fact about any real municipality.`;

const SEED = 'cohesion-hub/wallonia-brussels/csilr-support/2021-05-05';
/** Share of covered municipalities whose plan funds the coordination: an assumption of the illustration. */
const SHARE_THROUGH_SOCIAL_COHESION_PLAN = 0.7;

export type GeneratedCsilrSupport = {
  municipalityNis: string;
  provinceNis: string;
  hasCell: boolean;
  cellKey: string | null;
  throughSocialCohesionPlan: boolean;
  coordinationTime: 'QUARTER_TIME' | 'HALF_TIME' | 'FULL_TIME' | null;
};

/**
 * The social cohesion plans (PCS) exist in the French-language Walloon municipalities only; the German-speaking
 * Community runs its own local policy, so its nine municipalities get no record.
 */
export function isSocialCohesionPlanMunicipality(municipality: MunicipalityTerritory): boolean {
  return municipality.regionNis === '03000' && municipality.languageRegime === 'F';
}

/**
 * One record per French-language Walloon municipality: 191 of them covered by 106 cells, as published for
 * 5 May 2021. Cells group neighbouring municipalities (consecutive NIS codes) and never cross an
 * arrondissement, like the zonal cells they imitate.
 */
export function generateCsilrSupport(municipalities: readonly MunicipalityTerritory[]): GeneratedCsilrSupport[] {
  const random = createSeededRandom(SEED);
  const candidates = municipalities.filter(isSocialCohesionPlanMunicipality).sort((a, b) => a.nis.localeCompare(b.nis));
  if (candidates.length < CSILR_OBSERVATION.municipalitiesWithCell) {
    throw new Error(`Only ${candidates.length} French-language Walloon municipalities; cannot cover ${CSILR_OBSERVATION.municipalitiesWithCell}`);
  }
  const covered = random
    .shuffle(candidates)
    .slice(0, CSILR_OBSERVATION.municipalitiesWithCell)
    .sort((a, b) => a.nis.localeCompare(b.nis));

  // A cell ends at gap i (between covered[i] and covered[i + 1]); every arrondissement change must be such a gap.
  const gaps = covered.slice(0, -1).map((municipality, index) => ({ index, forced: municipality.arrondissementNis !== covered[index + 1]?.arrondissementNis }));
  const forced = gaps.filter((gap) => gap.forced).map((gap) => gap.index);
  const needed = CSILR_OBSERVATION.cells - 1 - forced.length;
  if (needed < 0) throw new Error(`${forced.length + 1} arrondissements have a covered municipality: more than ${CSILR_OBSERVATION.cells} cells`);
  const chosen = random.shuffle(gaps.filter((gap) => !gap.forced).map((gap) => gap.index)).slice(0, needed);
  const cuts = new Set([...forced, ...chosen]);

  const cellOf = new Map<string, string>();
  let cell = 1;
  covered.forEach((municipality, index) => {
    cellOf.set(municipality.nis, `CSILR-SAMPLE-${String(cell).padStart(3, '0')}`);
    if (cuts.has(index)) cell += 1;
  });

  return candidates.map((municipality) => {
    const cellKey = cellOf.get(municipality.nis) ?? null;
    const throughSocialCohesionPlan = cellKey !== null && random.next() < SHARE_THROUGH_SOCIAL_COHESION_PLAN;
    const time = random.next();
    if (!municipality.provinceNis) throw new Error(`Walloon municipality ${municipality.nis} has no province`);
    return {
      municipalityNis: municipality.nis,
      provinceNis: municipality.provinceNis,
      hasCell: cellKey !== null,
      cellKey,
      throughSocialCohesionPlan,
      coordinationTime: throughSocialCohesionPlan ? (time < 0.5 ? 'QUARTER_TIME' : time < 0.85 ? 'HALF_TIME' : 'FULL_TIME') : null,
    };
  });
}
