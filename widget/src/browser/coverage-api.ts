import type { FeatureCollection, Geometry } from 'geojson';
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

/** A failed call to the API, with a message fit to show (the API's own message when it gave one). */
export class CoverageApiError extends Error {
  override name = 'CoverageApiError';
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
    throw new CoverageApiError(`${api} did not answer this page: it is unreachable, or does not allow this site's origin (${reason}).`);
  }
  let body: { data?: Data | null; errors?: Array<{ message: string }> };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new CoverageApiError(`${api} answered HTTP ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length) throw new CoverageApiError(body.errors.map((error) => error.message).join(' '));
  if (!response.ok || !body.data) throw new CoverageApiError(`${api} answered HTTP ${response.status}`);
  return body.data;
}

/**
 * The coverage map of an area on a date, from `livcrCoverage`. Empty filter values are left out. A province is
 * drawn with the finer boundaries made for a province-wide zoom; the country and a region with the national ones.
 */
export async function fetchCoverage(api: string, filter: CoverageFilter, signal?: AbortSignal): Promise<Coverage> {
  const variables: Record<string, unknown> = Object.fromEntries(Object.entries(filter).filter(([, value]) => value));
  variables.precision = filter.province ? 'PROVINCIAL' : 'NATIONAL';
  const data = await postGraphQL<{ livcrCoverage: Coverage }>(api, 'CohesionLivcrMap', variables, signal);
  return data.livcrCoverage;
}

/** The ten provinces with their names and region, for the province filter. */
export async function fetchProvinces(api: string, signal?: AbortSignal): Promise<ProvinceOption[]> {
  const data = await postGraphQL<{ provinces: ProvinceOption[] }>(api, 'CohesionLivcrMapProvinces', {}, signal);
  return data.provinces;
}
