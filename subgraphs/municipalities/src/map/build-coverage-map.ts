import { type Feature, type FeatureCollection, type Geometry } from 'geojson';
import { type GeometryCollection, type GeometryObject, type Topology } from 'topojson-specification';
import { type LivcrCoverageRow } from '../data/find-livcr-coverage-at';
import { germanName } from '../resolvers/localized-names';
import { regionCodeOfNis as regionCodeOf } from '@cohesion/kit';
import { type PreparedBoundaries } from './create-boundary-cache';

/** COVERED: member of an active cell; DORMANT: of a dormant one; NOT_COVERED: of none. */
export type CoverageStatus = 'COVERED' | 'DORMANT' | 'NOT_COVERED';

/** The properties of a municipality's feature: the names for tooltips and the cell for colours. */
export type CoverageProperties = {
  nis: string;
  names: { nl: string; fr: string; de: string };
  region: string;
  province: string | null;
  cellId: string | null;
  cellName: string | null;
  scope: 'OWN' | 'SHARED' | null;
  memberSince: string | null;
  status: CoverageStatus;
};

export function coveragePropertiesOf(row: LivcrCoverageRow): CoverageProperties {
  return {
    nis: row.nis,
    names: { nl: row.nameNl, fr: row.nameFr, de: germanName(row) },
    region: regionCodeOf(row.regionNis),
    province: row.provinceNis,
    cellId: row.cellId,
    cellName: row.cellName,
    scope: row.cellId === null ? null : (row.members ?? 0) > 1 ? 'SHARED' : 'OWN',
    memberSince: row.memberSince,
    status: row.cellId === null ? 'NOT_COVERED' : row.status === 'DORMANT' ? 'DORMANT' : 'COVERED',
  };
}

function geometryOf(boundaries: PreparedBoundaries, nis: string): Geometry {
  const geometry = boundaries.geometries.get(nis);
  if (!geometry) throw new Error(`No boundary for municipality ${nis}`);
  return geometry;
}

/** A GeoJSON FeatureCollection with one feature per row, in the rows' (NIS) order. */
export function buildFeatureCollection(rows: readonly LivcrCoverageRow[], boundaries: PreparedBoundaries): FeatureCollection<Geometry, CoverageProperties> {
  return {
    type: 'FeatureCollection',
    features: rows.map(
      (row): Feature<Geometry, CoverageProperties> => ({ type: 'Feature', id: row.nis, properties: coveragePropertiesOf(row), geometry: geometryOf(boundaries, row.nis) }),
    ),
  };
}

type ArcIndexes = number | ArcIndexes[];

function mapArcs(arcs: ArcIndexes, map: (index: number) => number): ArcIndexes {
  return Array.isArray(arcs) ? arcs.map((item) => mapArcs(item, map)) : map(arcs);
}

/**
 * A TopoJSON Topology with one object `municipalities` holding the rows' geometries and properties. A map of part
 * of the country keeps only the arcs its geometries use, re-indexed (an arc index `~i` means arc `i` reversed).
 */
export function buildTopology(rows: readonly LivcrCoverageRow[], boundaries: PreparedBoundaries): Topology<{ municipalities: GeometryCollection<CoverageProperties> }> {
  const source = boundaries.topology;
  const byNis = new Map(source.objects.municipalities.geometries.map((geometry) => [String(geometry.id), geometry]));
  const used = new Map<number, number>();
  const arcs: typeof source.arcs = [];
  const reindex = (index: number) => {
    const arc = index < 0 ? ~index : index;
    let mapped = used.get(arc);
    if (mapped === undefined) {
      mapped = arcs.length;
      used.set(arc, mapped);
      arcs.push(source.arcs[arc] as (typeof source.arcs)[number]);
    }
    return index < 0 ? ~mapped : mapped;
  };
  const whole = rows.length === byNis.size;
  const geometries = rows.map((row) => {
    const geometry = byNis.get(row.nis) as GeometryObject & { arcs?: ArcIndexes };
    if (!geometry) throw new Error(`No boundary for municipality ${row.nis}`);
    const arcsOf = geometry.arcs === undefined || whole ? geometry.arcs : mapArcs(geometry.arcs, reindex);
    return { ...geometry, ...(arcsOf === undefined ? {} : { arcs: arcsOf }), properties: coveragePropertiesOf(row) };
  });
  return {
    type: 'Topology',
    ...(source.transform ? { transform: source.transform } : {}),
    arcs: whole ? source.arcs : arcs,
    objects: { municipalities: { type: 'GeometryCollection', geometries: geometries as never } },
  };
}
