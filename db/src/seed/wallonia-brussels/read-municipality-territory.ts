import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_DIR, REFERENCE_FILES } from '../municipalities/read-belgian-reference-data';

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
  const raw = readFileSync(path.join(REFERENCE_DIR, REFERENCE_FILES.municipalities));
  const [header, ...rows] = raw
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = header?.split(',') ?? [];
  const column = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${REFERENCE_FILES.municipalities}: missing column ${name}`);
    return index;
  };
  const at = {
    nis: column('nis_code'),
    nameNl: column('name_nl'),
    languageRegime: column('language_regime'),
    arrondissementNis: column('arrondissement_nis'),
    provinceNis: column('province_nis'),
    regionNis: column('region_nis'),
  };
  // The file quotes nothing: a row with another number of cells than the header is malformed.
  const municipalities = rows.map((line) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) throw new Error(`${REFERENCE_FILES.municipalities}: malformed row ${line}`);
    const cell = (index: number) => cells[index] ?? '';
    return {
      nis: cell(at.nis),
      nameNl: cell(at.nameNl),
      languageRegime: cell(at.languageRegime),
      arrondissementNis: cell(at.arrondissementNis),
      provinceNis: cell(at.provinceNis) || null,
      regionNis: cell(at.regionNis),
    };
  });
  if (municipalities.length !== 565) throw new Error(`${REFERENCE_FILES.municipalities}: expected 565 municipalities, found ${municipalities.length}`);
  return { municipalities, raw };
}
