import { type Coverage, type CoverageFilter } from './coverage-api';

/** The event `<cohesion-livcr-map>` fires after each successful load, e.g. for a dashboard to follow its filters. */
export const COVERAGE_LOADED_EVENT = 'cohesion-coverage-loaded';

/** The detail of COVERAGE_LOADED_EVENT: the filter the map shows and the API's answer. */
export type CoverageLoadedDetail = { filter: CoverageFilter; coverage: Coverage };
