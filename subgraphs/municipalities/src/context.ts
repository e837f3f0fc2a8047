import { type Database } from '@cohesion/db';
import { createRequestContext, type Logger, type RequestContext, type RequestContextInput } from '@cohesion/kit';
import { createBoundaryCache, type BoundaryCache } from './map/create-boundary-cache';
import { findMunicipalityGeometries } from './data/find-municipality-geometries';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of this subgraph receives: kit's request context, the coverage map's cache and today. */
export type SubgraphContext = RequestContext<Loaders> & {
  /** The simplified boundaries of the coverage map, shared by every request on the same database. */
  boundaries: BoundaryCache;
  /** The date `at` arguments default to (UTC). */
  today: string;
};

// Boundaries are static reference data: one cache per database for the life of the process.
const boundaryCaches = new WeakMap<Database, BoundaryCache>();

function boundaryCacheFor(db: Database): BoundaryCache {
  let cache = boundaryCaches.get(db);
  if (!cache) {
    cache = createBoundaryCache(() => findMunicipalityGeometries(db));
    boundaryCaches.set(db, cache);
  }
  return cache;
}

/** Builds a request's context with fresh loaders; used by the HTTP layer and by tests calling executeOperation. */
export function createSubgraphContext(db: Database, logger: Logger, request: RequestContextInput): SubgraphContext {
  return {
    ...createRequestContext({ db, logger, request, createLoaders }),
    boundaries: boundaryCacheFor(db),
    today: new Date().toISOString().slice(0, 10),
  };
}
