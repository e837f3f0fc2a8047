import { generateLivcrCells, livcrMembershipsAt } from '../municipalities/generate-livcr-cells';
import { type BelgianReferenceData } from '../municipalities/read-belgian-reference-data';
import { createSeededRandom } from '../seeded-random';
import { type MunicipalityTerritory } from './read-municipality-territory';

/**
 * The published total the generated data is consistent with (DOMAIN.md, coverage observations). It counts all
 * of Wallonia, the German-speaking Community included, in the 2019–2024 municipalities.
 */
export const CSILR_OBSERVATION = {
  date: '2021-05-05',
  cells: 106,
  municipalitiesWithCell: 191,
  source: 'Parlement de Wallonie, interpellation 124964 (5 May 2021): 106 CSIL-R covering 191 communes',
} as const;

export const CSILR_SAMPLE_SOURCE =
  'Generated illustration data (Cohesion Hub SAMPLE): which Walloon municipalities have a CSIL-R and receive support ' +
  'through their social cohesion plan is not public; the cells are the LIVC-R/CSIL-R sample of the municipalities ' +
  `level on ${CSILR_OBSERVATION.date}, consistent with ${CSILR_OBSERVATION.source}. Not a fact about any real municipality.`;

const SEED = 'cohesion-hub/wallonia-brussels/csilr-support/2021-05-05';
/** Share of covered municipalities whose plan funds the coordination: an assumption of the illustration. */
const SHARE_THROUGH_SOCIAL_COHESION_PLAN = 0.7;

export type GeneratedCsilrSupport = {
  municipalityNis: string;
  provinceNis: string;
  hasCell: boolean;
  /** The LIVC-R/CSIL-R cell's id in the municipalities level's sample (`livcr-<seat NIS>`); null without a cell. */
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
 * One record per French-language Walloon municipality. Whether it has a cell, and which, is not drawn here:
 * it is the cell the municipalities level's SAMPLE generator (generate-livcr-cells.ts) gives it on
 * 5 May 2021, so this level and `Municipality.livcrCell(at: "2021-05-05")` tell one story. Only the generator
 * code and the reference files (db/reference/belgium) are shared, never the municipalities schema's tables
 * (DESIGN.md principle 1): the generator is a pure, seeded function of those files. On that date it gives
 * Wallonia the published 106 cells covering 191 communes, of which the German-speaking Community's cells and
 * communes have no record here. The support itself (funded through the plan, coordination time) is drawn
 * from this level's own seed.
 */
export function generateCsilrSupport(reference: BelgianReferenceData): GeneratedCsilrSupport[] {
  const random = createSeededRandom(SEED);
  const byNis = new Map(reference.municipalities.map((municipality) => [municipality.nis, municipality]));
  const memberships = livcrMembershipsAt(generateLivcrCells(reference), CSILR_OBSERVATION.date);
  const cellOf = new Map(memberships.map((membership) => [membership.municipalityNis, membership.cellId]));
  const candidates = reference.municipalities.filter(isSocialCohesionPlanMunicipality).sort((a, b) => a.nis.localeCompare(b.nis));

  // A cell of a municipality with a record must list its members here in full, within one arrondissement.
  const covered = new Set(candidates.flatMap((municipality) => cellOf.get(municipality.nis) ?? []));
  const arrondissementOf = new Map<string, string>();
  for (const membership of memberships.filter((m) => covered.has(m.cellId))) {
    const member = byNis.get(membership.municipalityNis);
    if (!member || !isSocialCohesionPlanMunicipality(member)) throw new Error(`CSIL-R ${membership.cellId} has member ${membership.municipalityNis} without a social cohesion plan`);
    const arrondissement = arrondissementOf.get(membership.cellId) ?? member.arrondissementNis;
    if (arrondissement !== member.arrondissementNis) throw new Error(`CSIL-R ${membership.cellId} crosses arrondissements ${arrondissement} and ${member.arrondissementNis}`);
    arrondissementOf.set(membership.cellId, arrondissement);
  }

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
