import { type Database } from '@cohesion/db';
import { createRequestContext, type Logger, type RequestContext, type RequestContextInput } from '@cohesion/kit';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of this subgraph receives. */
export type SubgraphContext = RequestContext<Loaders>;

/** Builds a request's context with fresh loaders; used by the HTTP layer and by tests calling executeOperation. */
export function createSubgraphContext(db: Database, logger: Logger, request: RequestContextInput): SubgraphContext {
  return createRequestContext({ db, logger, request, createLoaders });
}
