import { type Database } from '@cohesion/db';
import { LANGUAGES, negotiateLanguage, type Identity, type Language, type Logger } from '@cohesion/kit';
import { createBoundaryCache, type BoundaryCache } from './map/create-boundary-cache';
import { findMunicipalityGeometries } from './data/find-municipality-geometries';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of this subgraph receives. */
export type SubgraphContext = {
  db: Database;
  loaders: Loaders;
  /** From the request's Accept-Language; decides `name` when no `lang` argument is given. */
  language: Language;
  requestId: string;
  logger: Logger;
  /** The caller, from a bearer token verified by kit; `null` when anonymous. Resolvers check jurisdiction with it. */
  identity: Identity | null;
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
export function createSubgraphContext(
  db: Database,
  logger: Logger,
  request: { acceptLanguage?: string | undefined; requestId: string; identity?: Identity | null },
): SubgraphContext {
  return {
    db,
    loaders: createLoaders(db),
    language: negotiateLanguage(request.acceptLanguage, LANGUAGES, 'nl'),
    requestId: request.requestId,
    logger: logger.child({ requestId: request.requestId }),
    identity: request.identity ?? null,
    boundaries: boundaryCacheFor(db),
    today: new Date().toISOString().slice(0, 10),
  };
}
