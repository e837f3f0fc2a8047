import { type Geometry, type MultiPolygon, type Polygon, type Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology as createTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import { type GeometryPrecision } from '../generated/resolvers-types';

/** The municipalities' boundaries at one precision, ready to be dressed with a date's coverage. */
export type PreparedBoundaries = {
  /** GeoJSON geometry by NIS code, simplified and rounded. */
  geometries: ReadonlyMap<string, Geometry>;
  /** A quantized topology whose object `municipalities` has one geometry per NIS code (`id`), without properties. */
  topology: Topology<{ municipalities: GeometryCollection }>;
};

export type BoundaryCache = { get(precision: GeometryPrecision): Promise<PreparedBoundaries> };

/**
 * Per precision: the minimum planar triangle area (square degrees) a point must span to survive simplification
 * (Visvalingam, topojson-simplify), the decimals GeoJSON coordinates keep, and the TopoJSON quantization.
 * The reference boundaries are already generalised (about 6,400 distinct points for the whole country), so
 * NATIONAL drops roughly half of them, PROVINCIAL a fifth, DETAILED none.
 */
const SETTINGS: Record<GeometryPrecision, { minWeight: number; decimals: number; quantization: number }> = {
  NATIONAL: { minWeight: 2e-4, decimals: 3, quantization: 1e4 },
  PROVINCIAL: { minWeight: 1e-4, decimals: 4, quantization: 1e5 },
  DETAILED: { minWeight: 0, decimals: 5, quantization: 1e6 },
};

type BoundaryRow = { nis: string; geometry: Geometry };

function roundRing(ring: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const rounded: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = rounded.at(-1);
    if (!last || last[0] !== position[0] || last[1] !== position[1]) rounded.push(position);
  }
  return rounded;
}

/** Rounds a (Multi)Polygon and drops rings that rounding or simplification collapsed below a triangle. */
function roundPolygons(geometry: Geometry, decimals: number): MultiPolygon | null {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  const polygons = (geometry as Polygon).type === 'Polygon' ? [(geometry as Polygon).coordinates] : (geometry as MultiPolygon).coordinates;
  const kept = polygons
    .map((polygon) => polygon.map((ring) => roundRing(ring, decimals)).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

function prepare(rows: readonly BoundaryRow[], presimplified: Topology<{ municipalities: GeometryCollection }>, precision: GeometryPrecision): PreparedBoundaries {
  const settings = SETTINGS[precision];
  const simplified = settings.minWeight > 0 ? simplify(presimplified, settings.minWeight) : presimplified;
  const collection = feature(simplified, simplified.objects.municipalities);
  const original = new Map(rows.map((row) => [row.nis, row.geometry]));
  const geometries = new Map<string, Geometry>();
  for (const item of collection.features) {
    const nis = String(item.id);
    // A municipality small enough to vanish at this precision keeps its stored shape: every feature must be drawn.
    const geometry = roundPolygons(item.geometry, settings.decimals) ?? roundPolygons(original.get(nis) as Geometry, 5);
    if (!geometry) throw new Error(`No drawable boundary for municipality ${nis}`);
    geometries.set(nis, geometry);
  }
  return { geometries, topology: quantize(simplified, settings.quantization) };
}

/**
 * The simplified boundaries per precision, computed once per process from the stored boundaries and kept in
 * memory: they are static reference data, and simplifying them on every map request would dominate its cost.
 * A failed computation is forgotten, so the next request tries again.
 */
export function createBoundaryCache(loadBoundaries: () => Promise<BoundaryRow[]>): BoundaryCache {
  let base: Promise<{ rows: BoundaryRow[]; presimplified: Topology<{ municipalities: GeometryCollection }> }> | undefined;
  const prepared = new Map<GeometryPrecision, Promise<PreparedBoundaries>>();
  const loadBase = () => {
    base ??= loadBoundaries().then((rows) => {
      const features = rows.map((row) => ({ type: 'Feature' as const, id: row.nis, properties: {}, geometry: row.geometry }));
      const topology = createTopology({ municipalities: { type: 'FeatureCollection', features } } as never) as Topology<{
        municipalities: GeometryCollection;
      }>;
      return { rows, presimplified: presimplify(topology) };
    });
    base.catch(() => {
      base = undefined;
    });
    return base;
  };
  return {
    get(precision) {
      let entry = prepared.get(precision);
      if (!entry) {
        entry = loadBase().then(({ rows, presimplified }) => prepare(rows, presimplified, precision));
        prepared.set(precision, entry);
        entry.catch(() => prepared.delete(precision));
      }
      return entry;
    },
  };
}
