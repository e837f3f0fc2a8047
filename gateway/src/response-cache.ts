import { createHash } from 'node:crypto';
import { requestIdentity } from '@cohesion/kit';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { getOperationAST, parse, type DocumentNode, type OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type ClusterCacheInvalidation } from './cluster';
import { type CachedAnswer, type SharedResponseStore } from './response-cache-redis';

export type ResponseCacheOptions = {
  /** How long an answer is served from the cache, in seconds (RESPONSE_CACHE_TTL_SECONDS); it is off at 0. */
  ttlSeconds: number;
  /** The most the cached answers may hold, in bytes (RESPONSE_CACHE_MAX_MB); the least recently used go first. */
  maxBytes: number;
  /** The registered text of a trusted document's id (trusted documents' `find`), so that answers to ids are cached too. */
  findDocument?: (id: string) => Promise<string | undefined>;
  /** Whether a document selects a protected field (`createProtectedSelectionCheck`): such answers are never cached. */
  selectsProtected: (document: DocumentNode) => boolean;
  onResult?: (result: 'hit' | 'stored' | 'skipped' | 'invalidated') => void;
  /**
   * Entries in Redis (REDIS_URL, `createSharedResponseStore`), shared by every worker and replica; a mutation relayed by
   * any of them invalidates for all. Whenever Redis does not answer, this process's memory serves instead.
   */
  shared?: SharedResponseStore;
  /**
   * The other workers of this gateway cluster (`workerCacheInvalidation`): a mutation this worker relays empties their
   * caches, and theirs empty this one's. Without it, another worker might answer from its memory what was true before
   * the write.
   */
  cluster?: ClusterCacheInvalidation;
};

type Entry = CachedAnswer;

/** What the cache needs to know of a document, remembered by its text: the type of each named operation, and protection. */
type DocumentFacts = { operationType: (operationName: string | undefined) => OperationTypeNode | undefined; selectsProtected: boolean } | null;

/** The body fields the cache understands; a request with any other (other extensions, say) is never cached. */
const KNOWN_FIELDS = new Set(['query', 'documentId', 'extensions', 'variables', 'operationName']);

/**
 * The operation a request names: its text, or a registered id (`documentId`, or `extensions.persistedQuery` without
 * the text) with the registered text. The form is part of the key: an answer to an id is never served to a caller who
 * sent the text, whom trusted documents might refuse.
 */
function operationSource(body: Record<string, unknown>): { form: 'text'; query: string } | { form: 'id'; id: string } | undefined {
  if (Object.keys(body).some((field) => !KNOWN_FIELDS.has(field))) return undefined;
  const extensions = body.extensions;
  let persistedHash: string | undefined;
  if (extensions !== undefined) {
    const persisted = typeof extensions === 'object' && extensions !== null ? (extensions as Record<string, unknown>).persistedQuery : undefined;
    if (Object.keys(extensions as object).length !== 1 || typeof persisted !== 'object' || persisted === null) return undefined;
    const { sha256Hash } = persisted as Record<string, unknown>;
    if (typeof sha256Hash !== 'string') return undefined;
    persistedHash = sha256Hash;
  }
  if (typeof body.query === 'string' && body.documentId === undefined && persistedHash === undefined) return { form: 'text', query: body.query };
  if (body.query !== undefined) return undefined;
  if (typeof body.documentId === 'string' && persistedHash === undefined) return { form: 'id', id: body.documentId };
  return persistedHash !== undefined && body.documentId === undefined ? { form: 'id', id: persistedHash } : undefined;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/**
 * A short-lived cache of whole answers to queries, keyed by everything that can change an answer: the document, the
 * operation name, the variables, `Accept-Language`, `Accept` and the caller — anonymous, or the hash of the caller's
 * bearer token, so that an answer made for one caller is never served to another (two tokens never share, even of the
 * same person). Only answers that are certain to be the same for the next identical request are kept:
 *
 * - queries only; a mutation through the gateway empties the cache when it starts and again when it ends, and an answer
 *   that was being made meanwhile is not kept (writes made elsewhere show after at most `ttlSeconds`);
 * - no document that selects a protected field, so no answer holds personal data and no personal-data read the owning
 *   subgraph records is ever skipped (every personal-data field is protected);
 * - HTTP 200 without errors: a partial answer (a subgraph down, a field refused) is never repeated.
 *
 * Hits are answered as the stored bytes, with `Age`, `ETag` (a GET with a matching `If-None-Match` gets 304) and an
 * honest `Cache-Control`: `public` for anonymous callers, `private` for others, `max-age` the time the entry has left.
 * Once an answer's time is up, the next identical request makes it again while the others are still answered the
 * previous one (at most another `ttlSeconds`; `Cache-Control: max-age=0`), so a popular answer never stalls every
 * caller at once. A caller's `Cache-Control: no-cache` makes the answer afresh (`no-store`: and keeps it out of the cache). The cache
 * lives in the process's memory, bounded by `maxBytes`.
 */
export function createResponseCache(options: ResponseCacheOptions) {
  const ttlMs = options.ttlSeconds * 1000;
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry, key) => entry.body.length + key.length + 200,
    // Kept twice as long as they are fresh: an answer past its time is served while one request makes the next one.
    ttl: ttlMs * 2,
  });
  const documents = new LRUCache<string, Exclude<DocumentFacts, null> | false>({ max: 1000, maxSize: 20_000_000, sizeCalculation: (_facts, key) => key.length + 100 });
  /** Answers being made now, by key: an identical request waits for the first one instead of making the same answer again. */
  const pending = new Map<string, Promise<Entry | undefined>>();
  let generation = 0;

  const factsOf = (query: string): DocumentFacts => {
    const known = documents.get(query);
    if (known !== undefined) return known || null;
    let facts: Exclude<DocumentFacts, null> | false;
    try {
      const document = parse(query, { noLocation: true, maxTokens: 20_000 });
      facts = { operationType: (name) => getOperationAST(document, name)?.operation, selectsProtected: options.selectsProtected(document) };
    } catch {
      // Apollo Server answers it (a syntax error or a limit); nothing to cache.
      facts = false;
    }
    documents.set(query, facts);
    return facts || null;
  };

  const invalidate = () => {
    generation += 1;
    entries.clear();
    options.onResult?.('invalidated');
  };
  options.cluster?.onInvalidate(invalidate);
  /** Who else keeps answers this gateway's mutations must make stale: Redis, the other workers of the cluster. */
  const peers = [options.shared, options.cluster].filter((peer) => peer !== undefined);

  const keyOf = (req: Request, body: { variables?: unknown; operationName?: unknown }, operation: string) => {
    const identity = requestIdentity(req);
    const caller = identity ? `token:${sha256(String(req.headers.authorization))}` : 'anonymous';
    const key = sha256(
      JSON.stringify([caller, req.method, req.headers['accept-language'] ?? '', req.headers.accept ?? '', body.operationName ?? null, body.variables ?? null, operation]),
    );
    return { key, scope: identity ? ('private' as const) : ('public' as const) };
  };

  const cacheHeaders = (res: Response, entry: Entry) => {
    res.setHeader('cache-control', `${entry.scope}, max-age=${Math.max(0, Math.floor((entry.expiresAt - Date.now()) / 1000))}`);
    res.setHeader('etag', entry.etag);
    res.vary('Accept-Language');
    res.vary('Authorization');
  };

  const middleware: RequestHandler = (req, res, next) => {
    // POST with a JSON body, or GET with the operation in the query string (what browsers and CDNs can revalidate).
    const body = (req.method === 'POST' ? req.body : req.method === 'GET' ? req.query : undefined) as Record<string, unknown> | undefined;
    const source = typeof body === 'object' && body !== null ? operationSource(body) : undefined;
    if (!body || !source) return next();
    // A GET without the header Apollo Server's CSRF prevention asks for is left to Apollo Server, which refuses it.
    if (req.method === 'GET' && !req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) return next();
    if (source.form === 'text') return answer(req, res, next, body, source.query, `text:${source.query}`);
    if (!options.findDocument) return next();
    options.findDocument(source.id).then(
      (query) => (query === undefined ? next() : answer(req, res, next, body, query, `id:${source.id}`)),
      () => next(),
    );
    return undefined;
  };

  const answer = (req: Request, res: Response, next: NextFunction, body: Record<string, unknown>, query: string, operation: string) => {
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const facts = factsOf(query);
    const operationType = facts?.operationType(operationName);
    if (operationType === 'mutation') {
      invalidate();
      res.once('finish', invalidate);
      if (peers.length === 0) return next();
      // Every worker's and replica's entries go stale before the mutation runs and again before its answer leaves: once
      // the caller has it, no worker or replica serves an answer made before the write (an answer begun before the
      // first invalidation and finished after it is not kept: its worker's generation moved on meanwhile).
      const invalidatePeers = () => Promise.all(peers.map((peer) => peer.invalidate()));
      const send = res.send.bind(res);
      res.send = ((answer?: unknown) => {
        res.send = send;
        void invalidatePeers().finally(() => send(answer));
        return res;
      }) as typeof res.send;
      void invalidatePeers().finally(() => next());
      return undefined;
    }
    // While the cluster has not confirmed this worker's last invalidation, other workers' writes may not have reached it.
    if (!facts || operationType !== 'query' || facts.selectsProtected || options.cluster?.unconfirmed()) {
      options.onResult?.('skipped');
      return next();
    }
    const { key, scope } = keyOf(req, body, operation);
    const serve = (entry: Entry) => {
      options.onResult?.('hit');
      cacheHeaders(res, entry);
      // RFC 9111 Age: how long ago the answer was made; present only on answers from the cache.
      res.setHeader('age', String(Math.floor((Date.now() - entry.storedAt) / 1000)));
      res.status(200).type(entry.contentType).send(entry.body);
    };
    // `Cache-Control: no-cache` (or `no-store`, or `Pragma: no-cache`) from the caller: make the answer afresh, as HTTP
    // caches do; `no-store` also keeps it out of the cache.
    const requestCacheControl = String(req.headers['cache-control'] ?? '');
    const fresh = /\bno-(?:cache|store)\b/i.test(requestCacheControl) || req.headers.pragma === 'no-cache';
    const store = !/\bno-store\b/i.test(requestCacheControl);
    if (options.shared && !fresh) {
      void options.shared.get(key).then(
        (found) => (found ? decide(found.entry, found.generation) : decide(entries.get(key), undefined)),
        () => decide(entries.get(key), undefined),
      );
      return undefined;
    }
    return decide(fresh ? undefined : entries.get(key), undefined);

    /** `sharedGeneration`: Redis answered, in that generation (the answer made now is kept there, not in memory). */
    function decide(cached: Entry | undefined, sharedGeneration: string | undefined) {
      // Fresh, or past its time while the next answer is being made (stale-while-revalidate): one request waits, not all.
      if (cached && (Date.now() < cached.expiresAt || pending.has(key))) return serve(cached);
      const inFlight = fresh ? undefined : pending.get(key);
      if (inFlight) {
        // The same answer is being made for an identical request: wait for it (once the cache was emptied, make a new one).
        const waitedIn = generation;
        void inFlight.then((entry) => (entry && generation === waitedIn ? serve(entry) : next()), next);
        return undefined;
      }
      let settle: (entry: Entry | undefined) => void = () => undefined;
      const mine = new Promise<Entry | undefined>((resolve) => (settle = resolve));
      pending.set(key, mine);
      const done = (entry: Entry | undefined) => {
        if (pending.get(key) === mine) pending.delete(key);
        settle(entry);
      };
      res.once('close', () => done(undefined));
      const startedIn = generation;
      const send = res.send.bind(res);
      res.send = (answer?: unknown) => {
        res.send = send;
        let entry: Entry | undefined;
        if (store && res.statusCode === 200 && typeof answer === 'string' && !answer.includes('"errors":') && generation === startedIn) {
          const bytes = Buffer.from(answer);
          entry = {
            body: bytes,
            contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'),
            etag: `"${sha256(bytes).slice(0, 27)}"`,
            storedAt: Date.now(),
            expiresAt: Date.now() + ttlMs,
            scope,
          };
          if (sharedGeneration !== undefined) options.shared?.set(key, entry, sharedGeneration);
          else entries.set(key, entry);
          options.onResult?.('stored');
          cacheHeaders(res, entry);
        }
        done(entry);
        return send(answer);
      };
      return next();
    }
  };

  return {
    /** Mounted on `/graphql` once the caller is known and the body parsed, before Apollo Server. */
    middleware,
    /** Empties the cache (a write the gateway did not relay, tests). */
    invalidate,
    /** Entries held now. */
    size: () => entries.size,
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
