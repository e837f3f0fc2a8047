import { generateLivcrCells, livcrStateAt, type GeneratedLivcrCells } from './generate-livcr-cells';
import { LIVCR_COVERAGE_OBSERVATIONS, type CoverageFigure } from './livcr-coverage-observations';
import { readBelgianReferenceData, type BelgianReferenceData, type MunicipalityRecord } from './read-belgian-reference-data';

/** The README promises every published figure within this many cells or municipalities (about 1 %). */
const TOLERANCE = 2;

const AREAS: Record<string, (m: MunicipalityRecord) => boolean> = {
  total: () => true,
  flanders: (m) => m.regionNis === '02000',
  wallonia: (m) => m.regionNis === '03000',
  brussels: (m) => m.regionNis === '04000',
  germanSpeaking: (m) => m.languageRegime === 'D',
};

describe('SAMPLE LIVC-R cells', () => {
  let reference: BelgianReferenceData;
  let generated: GeneratedLivcrCells;
  beforeAll(() => {
    reference = readBelgianReferenceData();
    generated = generateLivcrCells(reference);
  });

  const cases = LIVCR_COVERAGE_OBSERVATIONS.flatMap((observation) =>
    Object.keys(AREAS)
      .filter((area) => observation[area as keyof typeof observation] !== undefined)
      .map((area) => [observation.date, area, observation[area as keyof typeof observation] as CoverageFigure] as const),
  );

  it.each(cases)('matches the observation of %s for %s within the stated tolerance', (date, area, published) => {
    const state = livcrStateAt(generated, reference, date, AREAS[area]);
    // The sources count 2019–2024 municipalities: compare in that unit.
    expect(Math.abs(state.formerMunicipalities - published.municipalities)).toBeLessThanOrEqual(TOLERANCE);
    if (published.cells !== undefined) expect(Math.abs(state.cells - published.cells)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('is the same on every run (seeded, no Math.random)', () => {
    expect(generateLivcrCells(reference)).toEqual(generated);
    expect(generateLivcrCells(reference, 'another seed')).not.toEqual(generated);
  });

  it('gives Aalst and Ghent each a cell of their own with a coordinator, and never puts a municipality in two cells at once', () => {
    const current = (nis: string) => generated.memberships.filter((m) => m.municipalityNis === nis && m.memberUntil === null);
    expect(current('41002').map((m) => m.cellId)).toEqual(['livcr-41002']);
    expect(current('44021').map((m) => m.cellId)).toEqual(['livcr-44021']);
    expect(generated.cells.find((c) => c.id === 'livcr-41002')?.coordinatorEmail).toMatch(/@aalst\.be\.invalid$/);
    const periods = new Map<string, Array<[string, string]>>();
    for (const m of generated.memberships) {
      const list = periods.get(m.municipalityNis) ?? [];
      for (const [since, until] of list) expect(m.memberSince > until || (m.memberUntil ?? '9999') < since).toBe(true);
      list.push([m.memberSince, m.memberUntil ?? '9999-12-31']);
      periods.set(m.municipalityNis, list);
    }
  });

  it('forms shared cells within one arrondissement and one province', () => {
    const byNis = new Map(reference.municipalities.map((m) => [m.nis, m]));
    const shared = generated.cells.filter((cell) => generated.memberships.filter((m) => m.cellId === cell.id).length > 1);
    expect(shared.length).toBeGreaterThan(50);
    for (const cell of shared) {
      const arrondissements = new Set(generated.memberships.filter((m) => m.cellId === cell.id).map((m) => byNis.get(m.municipalityNis)?.arrondissementNis));
      expect({ cell: cell.id, arrondissements: arrondissements.size }).toEqual({ cell: cell.id, arrondissements: 1 });
    }
  });

  it('names only obviously fictitious coordinators at reserved .invalid addresses', () => {
    for (const cell of generated.cells) {
      expect(cell.coordinatorName).toMatch(/ (Voorbeeld|Exemple|Beispiel)$/);
      expect(cell.coordinatorEmail).toMatch(/\.invalid$/);
      expect(cell.functionalEmail).toMatch(/\.invalid$/);
    }
  });
});
