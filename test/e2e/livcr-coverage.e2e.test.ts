import { gzipSync } from 'node:zlib';
import { type FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type Properties = {
  nis: string;
  names: { nl: string; fr: string; de: string };
  region: string;
  province: string | null;
  cellId: string | null;
  cellName: string | null;
  scope: 'OWN' | 'SHARED' | null;
  memberSince: string | null;
  status: 'COVERED' | 'DORMANT' | 'NOT_COVERED';
};
type Figures = { municipalities: number; municipalitiesCovered: number; cells: number; sharedCells: number; ownCells: number; dormantCells: number; coverageRatio: number };
type Coverage = {
  at: string;
  featureCollection: FeatureCollection<GeoJSON.Geometry, Properties> | null;
  topology: Topology<{ municipalities: GeometryCollection<Properties> }> | null;
  summary: { total: Figures; regions: Array<Figures & { code: string }>; provinces: Array<Figures & { nis: string; regionCode: string }> };
};

const FIGURES = 'municipalities municipalitiesCovered cells sharedCells ownCells dormantCells coverageRatio';
const COVERAGE = `query ($region: RegionCode, $province: ID, $at: Date, $precision: GeometryPrecision, $format: MapFormat) {
  livcrCoverage(region: $region, province: $province, at: $at, precision: $precision, format: $format) {
    at featureCollection topology
    summary { total { ${FIGURES} } regions { code ${FIGURES} } provinces { nis regionCode ${FIGURES} } }
  }
}`;

describe('LIVC-R coverage map through the gateway', () => {
  let hub: TestHub;
  let national: Coverage;

  async function coverage(variables: Record<string, unknown> = {}): Promise<Coverage> {
    const { body } = await hub.query<{ livcrCoverage: Coverage }>(COVERAGE, { variables });
    expect(body.errors).toBeUndefined();
    return body.data?.livcrCoverage as Coverage;
  }

  beforeAll(async () => {
    hub = await startTestHub();
    national = await coverage();
  });
  afterAll(() => hub.close());

  it('draws one feature per 2025 municipality, with names, status and cell', () => {
    const features = national.featureCollection?.features ?? [];
    expect(national.featureCollection?.type).toBe('FeatureCollection');
    expect(features).toHaveLength(565);
    expect(new Set(features.map((f) => f.properties.nis)).size).toBe(565);
    expect(features.every((f) => /Polygon$/.test(f.geometry.type))).toBe(true);
    const aalst = features.find((f) => f.properties.nis === '41002')?.properties;
    expect(aalst).toMatchObject({ names: { nl: 'Aalst', fr: 'Alost' }, region: 'FLANDERS', province: '40000', cellId: 'livcr-41002', scope: 'OWN' });
    expect(['COVERED', 'DORMANT']).toContain(aalst?.status);
    for (const { properties } of features) {
      if (properties.cellId === null) expect(properties).toMatchObject({ status: 'NOT_COVERED', scope: null, memberSince: null });
      else expect(properties.memberSince! <= national.at).toBe(true);
    }
    expect(national.topology).toBeNull();
  });

  it('keeps the national GeoJSON map under 400 kB gzipped', () => {
    const bytes = gzipSync(JSON.stringify(national.featureCollection)).length;
    expect(bytes).toBeLessThanOrEqual(400 * 1024);
  });

  it('filters by region (285 / 261 / 19) and by province', async () => {
    for (const [region, count] of [['FLANDERS', 285], ['WALLONIA', 261], ['BRUSSELS', 19]] as const) {
      const regional = await coverage({ region });
      expect({ region, features: regional.featureCollection?.features.length }).toEqual({ region, features: count });
      expect(regional.featureCollection?.features.every((f) => f.properties.region === region)).toBe(true);
    }
    const eastFlanders = await coverage({ province: '40000', precision: 'PROVINCIAL' });
    const { body } = await hub.query<{ municipalities: { totalCount: number } }>(`{ municipalities(filter: { province: "40000" }) { totalCount } }`);
    expect(eastFlanders.featureCollection?.features).toHaveLength(body.data?.municipalities.totalCount as number);
    expect(eastFlanders.summary.provinces.map((p) => p.nis)).toEqual(['40000']);
  });

  it('agrees, region by region, with the cell and municipality records', async () => {
    for (const region of ['FLANDERS', 'WALLONIA', 'BRUSSELS']) {
      const { body } = await hub.query<{
        existing: { totalCount: number };
        shared: { totalCount: number };
        dormant: { totalCount: number };
        municipalities: { nodes: Array<{ livcrCell: { id: string } | null }> };
      }>(
        `query ($region: RegionCode) {
          existing: livcrCells(filter: { region: $region, status: [ACTIVE, DORMANT] }) { totalCount }
          shared: livcrCells(filter: { region: $region, status: [ACTIVE, DORMANT], scope: SHARED }) { totalCount }
          dormant: livcrCells(filter: { region: $region, status: [DORMANT] }) { totalCount }
          municipalities(filter: { region: $region }, first: 600) { nodes { livcrCell { id } } }
        }`,
        { variables: { region } },
      );
      expect(body.errors).toBeUndefined();
      const records = body.data!;
      const covered = records.municipalities.nodes.filter((node) => node.livcrCell !== null);
      const summary = national.summary.regions.find((r) => r.code === region);
      expect({ region, ...summary }).toMatchObject({
        region,
        municipalities: records.municipalities.nodes.length,
        municipalitiesCovered: covered.length,
        cells: records.existing.totalCount,
        sharedCells: records.shared.totalCount,
        ownCells: records.existing.totalCount - records.shared.totalCount,
        dormantCells: records.dormant.totalCount,
      });
      expect(new Set(covered.map((node) => node.livcrCell?.id)).size).toBe(records.existing.totalCount);
    }
    const sum = (key: keyof Figures) => national.summary.regions.reduce((total, region) => total + region[key], 0);
    expect(national.summary.total).toMatchObject({ municipalities: 565, municipalitiesCovered: sum('municipalitiesCovered'), cells: sum('cells') });
    const features = national.featureCollection?.features ?? [];
    expect(features.filter((f) => f.properties.status !== 'NOT_COVERED')).toHaveLength(national.summary.total.municipalitiesCovered);
  });

  it('gives the state on a past date from the validity dates: fewer cells in 2016 than today', async () => {
    const past = await coverage({ at: '2016-05-27' });
    expect(past.at).toBe('2016-05-27');
    expect(past.summary.total.municipalitiesCovered).toBeLessThan(national.summary.total.municipalitiesCovered);
    expect(past.summary.total.cells).toBeLessThan(national.summary.total.cells);
    expect(past.summary.regions.find((r) => r.code === 'BRUSSELS')).toMatchObject({ municipalitiesCovered: 13, cells: 13 });
    for (const { properties } of past.featureCollection?.features ?? []) {
      if (properties.cellId !== null) expect({ nis: properties.nis, before: properties.memberSince! <= '2016-05-27' }).toEqual({ nis: properties.nis, before: true });
    }
  });

  it('answers TopoJSON on request, with the same municipalities and properties', async () => {
    const topo = await coverage({ format: 'TOPOJSON' });
    expect(topo.featureCollection).toBeNull();
    expect(topo.topology?.type).toBe('Topology');
    const collection = feature(topo.topology as Topology, topo.topology!.objects.municipalities) as FeatureCollection<GeoJSON.Geometry, Properties>;
    expect(collection.features).toHaveLength(565);
    expect(collection.features.map((f) => f.properties.status)).toEqual(national.featureCollection?.features.map((f) => f.properties.status));
    const brussels = await coverage({ format: 'TOPOJSON', region: 'BRUSSELS' });
    expect(brussels.topology?.objects.municipalities.geometries).toHaveLength(19);
    expect(brussels.topology!.arcs.length).toBeLessThan(topo.topology!.arcs.length / 10);
    const brusselsFeatures = feature(brussels.topology as Topology, brussels.topology!.objects.municipalities) as FeatureCollection;
    expect(brusselsFeatures.features.every((f) => f.geometry.type.endsWith('Polygon'))).toBe(true);
  });

  it('draws the national map with fewer points than the detailed one', async () => {
    const detailed = await coverage({ precision: 'DETAILED', region: 'WALLONIA' });
    const coarse = await coverage({ precision: 'NATIONAL', region: 'WALLONIA' });
    const points = (c: Coverage) => JSON.stringify(c.featureCollection?.features.map((f) => f.geometry)).split('],[').length;
    expect(points(coarse)).toBeLessThan(points(detailed));
  });

  it('charts its records over time, matching the published 2019 observation within 2 municipalities', async () => {
    const { body } = await hub.query<{ national: { points: Array<{ date: string; cells: number; formerMunicipalitiesCovered: number; municipalitiesCovered: number }> } }>(`{
      national: livcrCoverageSeries(from: "2019-06-15", to: "2025-06-15", interval: YEAR) { points { date cells formerMunicipalitiesCovered municipalitiesCovered } }
    }`);
    expect(body.errors).toBeUndefined();
    const points = body.data!.national.points;
    expect(points.map((p) => p.date)).toEqual(['2019-06-15', '2020-06-15', '2021-06-15', '2022-06-15', '2023-06-15', '2024-06-15', '2025-06-15']);
    expect(Math.abs((points[0]?.formerMunicipalitiesCovered ?? 0) - 382)).toBeLessThanOrEqual(2);
    expect(Math.abs((points[0]?.cells ?? 0) - 253)).toBeLessThanOrEqual(2);
    expect(points.at(-1)!.municipalitiesCovered).toBeGreaterThan(points[0]!.municipalitiesCovered);
  });

  it('hides an LIVC-R coordinator from an anonymous caller but still answers the rest', async () => {
    const { body } = await hub.query(`{ municipality(nis: "41002") { names { nl } livcrCell { coordinator { email } } } }`);
    expect(body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: null } } });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['municipality', 'livcrCell', 'coordinator'], 'UNAUTHORIZED_FIELD_OR_TYPE']]);
  });
});
