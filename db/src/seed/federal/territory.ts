import { type MunicipalityRecord } from '../municipalities/read-belgian-reference-data';

/** What the federal generators need to know of a 2025 municipality. */
export type TerritoryMunicipality = {
  nis: string;
  /** The name in the municipality's own language (French in Brussels). */
  localName: string;
  arrondissementNis: string;
  provinceNis: string | null;
  regionIso: 'BE-VLG' | 'BE-WAL' | 'BE-BRU';
};

const REGION_ISO: Record<string, TerritoryMunicipality['regionIso']> = { '02000': 'BE-VLG', '03000': 'BE-WAL', '04000': 'BE-BRU' };

export function toTerritoryMunicipality(record: MunicipalityRecord): TerritoryMunicipality {
  const regionIso = REGION_ISO[record.regionNis];
  if (!regionIso) throw new Error(`Unknown region ${record.regionNis} of municipality ${record.nis}`);
  const localName =
    record.languageRegime === 'D' && record.nameDe ? record.nameDe : record.languageRegime === 'N' ? record.nameNl : record.nameFr;
  return { nis: record.nis, localName, arrondissementNis: record.arrondissementNis, provinceNis: record.provinceNis, regionIso };
}
