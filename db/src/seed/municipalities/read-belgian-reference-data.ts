import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Geometry, type MultiPolygon, type Polygon, type Position } from 'geojson';
import { merge } from 'topojson-client';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import { parseStatbelMunicipalities } from '../content/read-seed-content';

/** The project's own copy of Statbel and FPS Finance reference data; see its SOURCE.md for attribution. */
export const REFERENCE_DIR = path.resolve(__dirname, '..', '..', '..', 'reference', 'belgium');

export const REFERENCE_FILES = {
  municipalities: 'municipalities_2025.csv',
  boundaries: 'boundaries_municipalities_2019-2024.topojson',
  refnis2019: 'raw/statbel_REFNIS_2019.csv',
  tuComRefnis: 'raw/statbel_TU_COM_REFNIS_2019-2024.txt',
} as const;

export const STATBEL_SOURCE = 'Statbel (Directorate-General Statistics – Statistics Belgium), REFNIS 2025, CC BY 4.0';
export const STATBEL_URL = 'https://statbel.fgov.be/nl/over-statbel/methodologie/classificaties/geografie';
export const BOUNDARY_SOURCE =
  'Administrative boundaries © FPS Finance – AAPD (CadGIS), via mathiasleroy/belgium-geographic-data; 2019–2024 municipalities merged into their 2025 successors';
export const REFNIS_2025_DATE = '2025-01-01';
export const BOUNDARY_DATE = '2020-03-26';

export type MunicipalityRecord = {
  nis: string;
  nameNl: string;
  nameFr: string;
  nameDe: string | null;
  languageRegime: string;
  arrondissementNis: string;
  arrondissementNl: string;
  arrondissementFr: string;
  provinceNis: string | null;
  provinceNl: string | null;
  provinceFr: string | null;
  regionNis: string;
  regionEn: string;
  regionNl: string;
  regionFr: string;
  predecessorNis: string[];
};

export type BelgianReferenceData = {
  municipalities: MunicipalityRecord[];
  /** 2019–2024 names by NIS code (Statbel REFNIS 2019). */
  names2019: Map<string, { nl: string; fr: string }>;
  /** German names of regions, provinces and arrondissements (Statbel TU_COM_REFNIS). */
  germanNames: Map<string, string>;
  boundaries: Topology<{ layer: GeometryCollection<{ AdMuKey: string }> }>;
  /** Raw file contents, for the seed checksum. */
  rawInputs: Buffer[];
};

function lines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

function read(file: string): Buffer {
  return readFileSync(path.join(REFERENCE_DIR, file));
}

/** Reads and cross-checks the reference files; throws when a file does not have the shape SOURCE.md describes. */
export function readBelgianReferenceData(): BelgianReferenceData {
  const rawInputs = Object.values(REFERENCE_FILES).map(read);
  const [csv, topojson, refnis2019, tuCom] = rawInputs.map((buffer) => buffer.toString('utf8')) as [
    string,
    string,
    string,
    string,
  ];

  const orNull = (value: string) => (value === '' ? null : value);
  const municipalities = parseStatbelMunicipalities(csv).map(
    (row): MunicipalityRecord => ({
      nis: row.nis_code,
      nameNl: row.name_nl,
      nameFr: row.name_fr,
      nameDe: orNull(row.name_de),
      languageRegime: row.language_regime,
      arrondissementNis: row.arrondissement_nis,
      arrondissementNl: row.arrondissement_nl,
      arrondissementFr: row.arrondissement_fr,
      provinceNis: orNull(row.province_nis),
      provinceNl: orNull(row.province_nl),
      provinceFr: orNull(row.province_fr),
      regionNis: row.region_nis,
      regionEn: row.region,
      regionNl: row.region_nl,
      regionFr: row.region_fr,
      predecessorNis: row.nis_2019_predecessors.split(';'),
    }),
  );

  const names2019 = new Map<string, { nl: string; fr: string }>();
  for (const line of lines(refnis2019).slice(1)) {
    const [code = '', fr = '', , , nl = ''] = line.split(';');
    names2019.set(code, { nl, fr });
  }

  const germanNames = new Map<string, string>();
  for (const line of lines(tuCom).slice(1)) {
    const [level, code = '', , de = '', , , , end] = line.split('|');
    if (level !== '4' && end === '31/12/9999') germanNames.set(code, de);
  }

  return {
    municipalities,
    names2019,
    germanNames,
    boundaries: JSON.parse(topojson) as BelgianReferenceData['boundaries'],
    rawInputs,
  };
}

const COORDINATE_DECIMALS = 5; // about 1 m: finer than the source's quantisation, and it keeps the JSON small

function roundPosition(position: Position): Position {
  const factor = 10 ** COORDINATE_DECIMALS;
  return position.map((value) => Math.round(value * factor) / factor);
}

function roundGeometry(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((polygon) => polygon.map((ring) => ring.map(roundPosition))),
  };
}

/**
 * Dissolves 2019–2024 boundary polygons into one MultiPolygon per group (a 2025 municipality, a province,
 * a region) with topojson-client's `merge`, which removes the shared arcs.
 */
export function createBoundaryMerger(topology: BelgianReferenceData['boundaries']) {
  const byNis = new Map(topology.objects.layer.geometries.map((geometry) => [(geometry.properties as { AdMuKey: string }).AdMuKey, geometry]));
  return (predecessorNis: readonly string[]): Geometry => {
    const parts = predecessorNis.map((nis) => {
      const part = byNis.get(nis);
      if (!part) throw new Error(`No 2019–2024 boundary for NIS ${nis}`);
      return part;
    });
    // The topojson-client typings want polygon geometries; the file holds only Polygon and MultiPolygon.
    return roundGeometry(merge(topology, parts as Parameters<typeof merge>[1]));
  };
}
