import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { OPERATION_IDS, type OperationName } from '@cohesion/client/operation-ids';
import { type CoverageStatus } from './labels';
import { type MunicipalityNames } from './municipality-name';

export type RegionCode = 'FLANDERS' | 'WALLONIA' | 'BRUSSELS';
export const REGION_CODES: readonly RegionCode[] = ['FLANDERS', 'WALLONIA', 'BRUSSELS'];

/** The properties the API gives every municipality feature of `livcrCoverage.featureCollection`. */
export type CoverageProperties = {
  nis: string;
  names: MunicipalityNames;
  region: RegionCode;
  province: string | null;
  cellId: string | null;
  cellName: string | null;
  scope: 'OWN' | 'SHARED' | null;
  memberSince: string | null;
  status: CoverageStatus;
};

export type CoverageFeatureCollection = FeatureCollection<Geometry, CoverageProperties>;

export type CoverageFigures = {
  municipalities: number;
  municipalitiesCovered: number;
  cells: number;
  sharedCells: number;
  dormantCells: number;
};

export type Coverage = {
  at: string;
  featureCollection: CoverageFeatureCollection;
  /** Lines drawn over the municipalities: the boundaries between provinces, and between regions. */
  outlines: { provinces: MultiLineString; regions: MultiLineString };
  summary: {
    total: CoverageFigures;
    regions: Array<CoverageFigures & { code: RegionCode }>;
    provinces: Array<CoverageFigures & { nis: string; regionCode: RegionCode }>;
  };
  provenance: { source: string; kind: string };
  boundaryProvenance: { source: string; kind: string };
};

export type ProvinceOption = { nis: string; names: MunicipalityNames; region: { code: RegionCode } };

export type CoverageFilter = { region?: RegionCode; province?: string; at?: string };

/**
 * Why a call to the API failed: `unreachable` (no answer the page may read: the hub is down, or it does not list
 * the page's origin in CORS_ORIGINS; a browser cannot tell the two apart), `http` (an answer without data) or
 * `graphql` (the API's own errors).
 */
export type CoverageApiFailure = 'unreachable' | 'http' | 'graphql';

/** A failed call to the API: its kind, for a message in the reader's language, and the technical detail. */
export class CoverageApiError extends Error {
  override name = 'CoverageApiError';
  constructor(
    readonly failure: CoverageApiFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * POSTs one of the hub's registered operations (client/src/operations, `OPERATION_IDS`) by its id, without its text,
 * and returns its data, or throws a CoverageApiError. A hub that enforces trusted documents runs nothing else.
 */
export async function postGraphQL<Data>(
  api: string,
  operation: OperationName,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ documentId: OPERATION_IDS[operation], operationName: operation, variables }),
      mode: 'cors',
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    // A browser reports a refused CORS preflight exactly like a network failure, so the message names both.
    const reason = error instanceof Error ? error.message : String(error);
    throw new CoverageApiError('unreachable', `${api} did not answer this page: it is unreachable, or does not allow this site's origin (${reason}).`);
  }
  let body: { data?: Data | null; errors?: Array<{ message: string }> };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new CoverageApiError('http', `${api} answered HTTP ${response.status} without a GraphQL response`, response.status);
  }
  if (body.errors?.length) throw new CoverageApiError('graphql', body.errors.map((error) => error.message).join(' '), response.status);
  if (!response.ok || !body.data) throw new CoverageApiError('http', `${api} answered HTTP ${response.status}`, response.status);
  return body.data;
}

/**
 * The coverage map of an area on a date, from `livcrCoverage`. Empty filter values are left out. A province is
 * drawn with the finer boundaries made for a province-wide zoom; the country and a region with the national ones.
 */
export async function fetchCoverage(api: string, filter: CoverageFilter, signal?: AbortSignal): Promise<Coverage> {
  const variables: Record<string, unknown> = Object.fromEntries(Object.entries(filter).filter(([, value]) => value));
  variables.precision = filter.province ? 'PROVINCIAL' : 'NATIONAL';
  const data = await postGraphQL<{ livcrCoverage: Omit<Coverage, 'featureCollection' | 'outlines'> & { topology: CoverageTopology } }>(
    api,
    'CohesionLivcrMap',
    variables,
    signal,
  );
  const { topology, ...coverage } = data.livcrCoverage;
  return { ...coverage, ...fromTopology(topology) };
}

type CoverageTopology = Topology<{ municipalities: GeometryCollection<CoverageProperties> }>;

/**
 * The municipalities as GeoJSON features, and the province and region boundaries as lines: TopoJSON shares each
 * border between its two sides, so a boundary is the set of arcs whose two sides differ (topojson-client's mesh).
 * The API sends the topology (smaller than the GeoJSON); the outer border is left to the municipalities' own edges.
 */
export function fromTopology(topology: CoverageTopology): Pick<Coverage, 'featureCollection' | 'outlines'> {
  const object = topology.objects.municipalities;
  const featureCollection = feature(topology, object) as unknown as CoverageFeatureCollection;
  const value = (side: { properties?: object }, key: 'province' | 'region') => (side.properties as Partial<CoverageProperties> | undefined)?.[key];
  const between = (key: 'province' | 'region') => (a: { properties?: object }, b: { properties?: object }) => a !== b && value(a, key) !== value(b, key);
  return {
    featureCollection,
    outlines: { provinces: mesh(topology, object, between('province')), regions: mesh(topology, object, between('region')) },
  };
}

/** The ten provinces with their names and region, for the province filter. */
export async function fetchProvinces(api: string, signal?: AbortSignal): Promise<ProvinceOption[]> {
  const data = await postGraphQL<{ provinces: ProvinceOption[] }>(api, 'CohesionLivcrMapProvinces', {}, signal);
  return data.provinces;
}
