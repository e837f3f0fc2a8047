/** The operations `npm run bench` measures, by the names bench/results/latest.json uses. */

export type BenchRequest = { query: string; variables?: Record<string, unknown> };

export type BenchOperation = {
  name: 'lookup' | 'crossLevel' | 'map' | 'directory' | 'mix' | 'mixAuthenticated';
  description: string;
  /** Sent in turn on every connection (a mix has several). */
  requests: BenchRequest[];
  /** Sent with a federal token (`npm run token -- --role federal`). */
  authenticated: boolean;
};

const LOOKUP: BenchRequest = {
  query: '{ municipality(nis: "44021") { nis names { nl fr de } languageRegime province { nis names { nl fr } region { code } } } }',
};

/** The README's East Flanders query across four levels. */
const CROSS_LEVEL: BenchRequest = {
  query: `{
  municipalities(filter: { province: "40000" }, first: 100) {
    totalCount
    nodes {
      name
      livcrCell { name scope status }
      coachingTrajectories { track startedOn }
      mobileTeamVisits { date topic }
      euProjects { project { name } role }
    }
  }
}`,
};

/** What the map widget asks (widget/src/browser/coverage-api.ts) for the whole country. */
const FIGURES = 'municipalities municipalitiesCovered cells sharedCells dormantCells';
const MAP: BenchRequest = {
  query: `query CohesionLivcrMap($region: RegionCode, $province: ID, $at: Date, $precision: GeometryPrecision) {
  livcrCoverage(region: $region, province: $province, at: $at, precision: $precision, format: GEOJSON) {
    at
    featureCollection
    summary { total { ${FIGURES} } regions { code ${FIGURES} } provinces { nis regionCode ${FIGURES} } }
    provenance { source kind }
    boundaryProvenance { source kind }
  }
}`,
  variables: { precision: 'NATIONAL' },
};

/** A page of a directory: the Flemish organisations. */
const DIRECTORY: BenchRequest = {
  query: '{ flanders { organisations(first: 25) { totalCount nodes { id name acronym type level website functionalContact { email } } pageInfo { hasNextPage endCursor } } } }',
};

export const BENCH_OPERATIONS: BenchOperation[] = [
  { name: 'lookup', description: 'one municipality with its province', requests: [LOOKUP], authenticated: false },
  { name: 'crossLevel', description: 'East Flanders across four levels (README)', requests: [CROSS_LEVEL], authenticated: false },
  { name: 'map', description: 'the national coverage map', requests: [MAP], authenticated: false },
  { name: 'directory', description: 'a directory page', requests: [DIRECTORY], authenticated: false },
  { name: 'mix', description: 'the four above in turn', requests: [LOOKUP, CROSS_LEVEL, MAP, DIRECTORY], authenticated: false },
  { name: 'mixAuthenticated', description: 'the mix with a federal token', requests: [LOOKUP, CROSS_LEVEL, MAP, DIRECTORY], authenticated: true },
];
