import { readStatbelMunicipalities } from '../content/read-seed-content';

/** What this level's seed needs to know about a 2025 municipality: where it is and its language regime. */
export type MunicipalityTerritory = {
  nis: string;
  nameNl: string;
  /** Statbel language code: N, F, D, or FN (bilingual Brussels). */
  languageRegime: string;
  arrondissementNis: string;
  provinceNis: string | null;
  regionNis: string;
};

/**
 * Reads the project's copy of Statbel's 2025 municipality table (db/reference/belgium). Only the file is
 * shared: the municipalities subgraph's tables are never read from this level (DESIGN.md principle 1).
 */
export function readMunicipalityTerritory(): { municipalities: MunicipalityTerritory[]; raw: Buffer } {
  const { rows, raw } = readStatbelMunicipalities();
  const municipalities = rows.map((row) => ({
    nis: row.nis_code,
    nameNl: row.name_nl,
    languageRegime: row.language_regime,
    arrondissementNis: row.arrondissement_nis,
    provinceNis: row.province_nis || null,
    regionNis: row.region_nis,
  }));
  if (municipalities.length !== 565) throw new Error(`municipalities_2025.csv: expected 565 municipalities, found ${municipalities.length}`);
  return { municipalities, raw };
}
