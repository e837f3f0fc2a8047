import { type Database } from '@cohesion/db';
import { LANGUAGES, negotiateLanguage, type Identity, type Language, type Logger } from '@cohesion/kit';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of this subgraph receives. */
export type SubgraphContext = {
  db: Database;
  loaders: Loaders;
  /** From the request's Accept-Language; decides `name`/`title` when no `lang` argument is given. */
  language: Language;
  /** The verified caller; null for an anonymous one, who sees the public part of the graph. */
  identity: Identity | null;
  requestId: string;
  logger: Logger;
};

/** Builds a request's context with fresh loaders; used by the HTTP layer and by tests calling executeOperation. */
export function createSubgraphContext(
  db: Database,
  logger: Logger,
  request: { acceptLanguage?: string | undefined; requestId: string; identity?: Identity | null | undefined },
): SubgraphContext {
  return {
    db,
    loaders: createLoaders(db),
    language: negotiateLanguage(request.acceptLanguage, LANGUAGES, 'nl'),
    identity: request.identity ?? null,
    requestId: request.requestId,
    logger: logger.child({ requestId: request.requestId }),
  };
}
