import { type Database } from '@cohesion/db';
import { type Identity } from './authorization';
import { LANGUAGES, negotiateLanguage, type Language } from './language';
import { type Logger } from './logger';

/** What a subgraph's context is built from: the HTTP layer's view of one request, or a test's. */
export type RequestContextInput = {
  /** The request's `Accept-Language` header. */
  acceptLanguage?: string | undefined;
  requestId: string;
  /** The caller, from a bearer token verified by kit; absent or `null` when anonymous. */
  identity?: Identity | null | undefined;
  /** The request's `Idempotency-Key` header (forwarded by the gateway): mutations use it when their input has no key. */
  idempotencyKey?: string | undefined;
};

/** What every resolver of a subgraph receives; a subgraph may add fields of its own. */
export type RequestContext<TLoaders> = {
  db: Database;
  /** This request's DataLoaders, so that batching and caching never cross requests. */
  loaders: TLoaders;
  /** From the request's Accept-Language; decides `name`/`title` when no `lang` argument is given. */
  language: Language;
  /** The verified caller, or null for an anonymous one; resolvers check jurisdiction-bound fields with it. */
  identity: Identity | null;
  requestId: string;
  /** The service's logger, with the request id on every line. */
  logger: Logger;
  /** The request's `Idempotency-Key` header, if any (kit's mutation runner reads it). */
  idempotencyKey: string | null;
};

export type CreateRequestContextOptions<TLoaders> = {
  db: Database;
  logger: Logger;
  request: RequestContextInput;
  /** The subgraph's loaders factory; called once per request ("Creating a new DataLoader per request"). */
  createLoaders: (db: Database) => TLoaders;
};

/** Builds a request's context with fresh loaders; used by the HTTP layer and by tests calling executeOperation. */
export function createRequestContext<TLoaders>({ db, logger, request, createLoaders }: CreateRequestContextOptions<TLoaders>): RequestContext<TLoaders> {
  return {
    db,
    loaders: createLoaders(db),
    language: negotiateLanguage(request.acceptLanguage, LANGUAGES, 'nl'),
    identity: request.identity ?? null,
    requestId: request.requestId,
    logger: logger.child({ requestId: request.requestId }),
    idempotencyKey: request.idempotencyKey ?? null,
  };
}
