import { type Database } from '@cohesion/db';
import { LANGUAGES, negotiateLanguage, type Identity, type Language, type Logger } from '@cohesion/kit';
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
};

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
  };
}
