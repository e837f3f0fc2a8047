import { type Database } from '../../client';
import { foldForSearch } from '../../fold-for-search';
import { arrondissements, municipalities, predecessors, provinces, regions, seedState } from '../../schema/municipalities';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';
import {
  BOUNDARY_DATE,
  BOUNDARY_SOURCE,
  createBoundaryMerger,
  readBelgianReferenceData,
  REFNIS_2025_DATE,
  STATBEL_SOURCE,
  STATBEL_URL,
} from './read-belgian-reference-data';
import { seedLivcrCells } from './seed-livcr-cells';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = 'municipalities-seed-v1';

// ISO 3166-2:BE subdivision codes; Statbel's region labels are English names of the three regions.
const REGION_CODES: Record<string, { isoCode: string; code: string; nameEn: string }> = {
  '02000': { isoCode: 'BE-VLG', code: 'FLANDERS', nameEn: 'Flemish Region' },
  '03000': { isoCode: 'BE-WAL', code: 'WALLONIA', nameEn: 'Walloon Region' },
  '04000': { isoCode: 'BE-BRU', code: 'BRUSSELS', nameEn: 'Brussels-Capital Region' },
};
const PROVINCE_ISO_CODES: Record<string, string> = {
  '10000': 'BE-VAN',
  '20001': 'BE-VBR',
  '20002': 'BE-WBR',
  '30000': 'BE-VWV',
  '40000': 'BE-VOV',
  '50000': 'BE-WHT',
  '60000': 'BE-WLG',
  '70000': 'BE-VLI',
  '80000': 'BE-WLX',
  '90000': 'BE-WNA',
};
const FUSION_DATE = '2024-12-31';
const PREDECESSOR_SINCE = '2019-01-01';

const statbel = { source: STATBEL_SOURCE, sourceKind: 'OFFICIAL_STATISTICS', sourceUrl: STATBEL_URL, referenceDate: REFNIS_2025_DATE };

/**
 * Loads the 565 municipalities of 2025 with their arrondissements, 10 provinces and 3 regions, each with a
 * boundary dissolved from the 2019–2024 polygons of its predecessors, then the SAMPLE LIVC-R cells. Idempotent.
 */
export async function seedMunicipalities(db: Database, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  const reference = readBelgianReferenceData();
  const territory = await seedTerritory(db, reference, options);
  const cells = await seedLivcrCells(db, reference, options);
  return territory === 'unchanged' && cells === 'unchanged' ? 'unchanged' : 'applied';
}

function seedTerritory(db: Database, reference: ReturnType<typeof readBelgianReferenceData>, options: SeedOptions): Promise<'applied' | 'unchanged'> {
  return runSeedOnce(db, {
    ...options,
    table: seedState,
    dataset: 'belgian-territory-2025',
    inputs: [SEED_VERSION, ...reference.rawInputs],
    apply: async ({ replaceRows }) => {
      const mergeBoundaries = createBoundaryMerger(reference.boundaries);
      const german = (nis: string, fallback: string) => reference.germanNames.get(nis) ?? fallback;
      const predecessorsOf = (select: (m: (typeof reference.municipalities)[number]) => boolean) =>
        reference.municipalities.filter(select).flatMap((m) => m.predecessorNis);
      const boundary = { boundarySource: BOUNDARY_SOURCE, boundaryReferenceDate: BOUNDARY_DATE };

      const regionRows = [...new Map(reference.municipalities.map((m) => [m.regionNis, m])).values()].map((m) => {
        const codes = REGION_CODES[m.regionNis];
        if (!codes) throw new Error(`Unknown region ${m.regionNis}`);
        return {
          nis: m.regionNis,
          ...codes,
          nameNl: m.regionNl,
          nameFr: m.regionFr,
          nameDe: german(m.regionNis, m.regionNl),
          geometry: mergeBoundaries(predecessorsOf((other) => other.regionNis === m.regionNis)),
          ...statbel,
        };
      });
      const provinceRows = [...new Map(reference.municipalities.filter((m) => m.provinceNis).map((m) => [m.provinceNis, m])).values()].map(
        (m) => {
          const nis = m.provinceNis as string;
          const isoCode = PROVINCE_ISO_CODES[nis];
          if (!isoCode) throw new Error(`Unknown province ${nis}`);
          return {
            nis,
            isoCode,
            regionNis: m.regionNis,
            nameNl: m.provinceNl as string,
            nameFr: m.provinceFr as string,
            nameDe: german(nis, m.provinceNl as string),
            geometry: mergeBoundaries(predecessorsOf((other) => other.provinceNis === nis)),
            ...statbel,
          };
        },
      );
      const arrondissementRows = [...new Map(reference.municipalities.map((m) => [m.arrondissementNis, m])).values()].map((m) => ({
        nis: m.arrondissementNis,
        provinceNis: m.provinceNis,
        regionNis: m.regionNis,
        nameNl: m.arrondissementNl,
        nameFr: m.arrondissementFr,
        nameDe: german(m.arrondissementNis, m.arrondissementNl),
        ...statbel,
      }));
      const municipalityRows = reference.municipalities.map((m) => ({
        nis: m.nis,
        nameNl: m.nameNl,
        nameFr: m.nameFr,
        nameDe: m.nameDe,
        languageRegime: m.languageRegime,
        arrondissementNis: m.arrondissementNis,
        provinceNis: m.provinceNis,
        regionNis: m.regionNis,
        searchText: foldForSearch(m.nameNl, m.nameFr, m.nameDe),
        geometry: mergeBoundaries(m.predecessorNis),
        ...boundary,
        ...statbel,
      }));
      const predecessorRows = reference.municipalities.flatMap((m) =>
        m.predecessorNis.map((predecessorNis) => {
          const names = reference.names2019.get(predecessorNis);
          if (!names) throw new Error(`No 2019 name for predecessor ${predecessorNis} of ${m.nis}`);
          return {
            municipalityNis: m.nis,
            predecessorNis,
            nameNl: names.nl,
            nameFr: names.fr,
            validFrom: PREDECESSOR_SINCE,
            validTo: FUSION_DATE,
            ...statbel,
          };
        }),
      );

      await replaceRows(regions, regions.nis, regionRows);
      await replaceRows(provinces, provinces.nis, provinceRows);
      await replaceRows(arrondissements, arrondissements.nis, arrondissementRows);
      await replaceRows(municipalities, municipalities.nis, municipalityRows);
      await replaceRows(predecessors, [predecessors.municipalityNis, predecessors.predecessorNis], predecessorRows);
    },
  });
}
