import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ApolloServerPlugin, type BaseContext, type GraphQLRequest, type GraphQLRequestListener } from '@apollo/server';
import { type Identity, type Logger } from '@cohesion/kit';
import { GraphQLError, parse } from 'graphql';
import { Redis } from 'ioredis';

/**
 * What the gateway does with an operation that is not a registered (trusted) document:
 * - `off`: runs it;
 * - `log-unknown`: runs it and logs it once (its hash, name and the caller's kind), to find what a client still
 *   sends before enforcing;
 * - `enforce`: refuses it with PERSISTED_QUERY_NOT_FOUND. Registered documents run in every mode, by id or in full.
 */
export const TRUSTED_DOCUMENT_MODES = ['off', 'log-unknown', 'enforce'] as const;
export type TrustedDocumentMode = (typeof TRUSTED_DOCUMENT_MODES)[number];

/**
 * Who calls, for the mode that applies: `anonymous` (no token), `developer` (a verified token with the developer
 * scope) and `service` (any other verified token: a client application, or the users it signs in).
 */
export const CALLER_KINDS = ['anonymous', 'service', 'developer'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

export type TrustedDocumentsOptions = {
  /** The mode for each kind of caller (TRUSTED_DOCUMENTS_ANONYMOUS, _SERVICE, _DEVELOPER). */
  modes: Record<CallerKind, TrustedDocumentMode>;
  /** The scope that makes a verified caller a developer (TRUSTED_DOCUMENTS_DEVELOPER_SCOPE). */
  developerScope: string;
  /** A folder of manifests (`*.json`) loaded at start (TRUSTED_DOCUMENTS_DIR); none when omitted. */
  directory?: string;
  /** A Redis every gateway replica shares (REDIS_URL): manifests loaded by one replica are found by all. */
  redisUrl?: string;
  /** The Redis hash that holds the documents, id → document (TRUSTED_DOCUMENTS_REDIS_KEY). */
  redisKey?: string;
};

export const DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY = 'cohesion:trusted-documents';

/** The error of an unregistered operation or an unknown id: Apollo's code, which Apollo Client's persisted-query link knows. */
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/** Ids are hashes (64 hex characters for SHA-256) or a registry's own ids (`app~version~hash` in Hive): printable, bounded. */
const DOCUMENT_ID = /^[A-Za-z0-9_.:~@/+=-]{1,200}$/;

export class TrustedDocumentsError extends Error {
  override name = 'TrustedDocumentsError';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function checkedEntry(id: unknown, body: unknown, source: string): [string, string] {
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id)) throw new TrustedDocumentsError(`${source}: invalid document id ${JSON.stringify(id)}`);
  if (typeof body !== 'string' || body.trim() === '') throw new TrustedDocumentsError(`${source}: document ${id} has no text`);
  try {
    parse(body);
  } catch (error) {
    throw new TrustedDocumentsError(`${source}: document ${id} is not GraphQL (${error instanceof Error ? error.message : String(error)})`);
  }
  return [id, body];
}

/**
 * The documents of one manifest, id → document. Two formats are read: Apollo's persisted query manifest
 * (`{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, body, name, type }] }`, what
 * `npm run trusted-documents -w @cohesion/client` writes), and the plain `{ "<id>": "<document>" }` map of GraphQL
 * Code Generator's client preset (`persisted-documents.json`), GraphQL Hive and WunderGraph Cosmo.
 */
export function parseManifest(json: unknown, source = 'manifest'): Map<string, string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new TrustedDocumentsError(`${source}: expected a JSON object`);
  const record = json as Record<string, unknown>;
  const entries: Array<[string, string]> = [];
  if ('format' in record) {
    if (record.format !== 'apollo-persisted-query-manifest' || record.version !== 1 || !Array.isArray(record.operations)) {
      throw new TrustedDocumentsError(`${source}: unknown manifest format ${JSON.stringify(record.format)} version ${JSON.stringify(record.version)} (expected apollo-persisted-query-manifest version 1 with operations)`);
    }
    for (const operation of record.operations as unknown[]) {
      const { id, body } = (operation ?? {}) as Record<string, unknown>;
      entries.push(checkedEntry(id, body, source));
    }
  } else {
    for (const [id, body] of Object.entries(record)) entries.push(checkedEntry(id, body, source));
  }
  const documents = new Map<string, string>();
  for (const [id, body] of entries) {
    if (documents.has(id) && documents.get(id) !== body) throw new TrustedDocumentsError(`${source}: id ${id} names two different documents`);
    documents.set(id, body);
  }
  return documents;
}

/** Every manifest (`*.json`) of a folder, merged; the same id with two different documents is refused. */
export function loadManifestDirectory(directory: string): Map<string, string> {
  let files: string[];
  try {
    files = readdirSync(directory).filter((file) => file.endsWith('.json')).sort();
  } catch (error) {
    throw new TrustedDocumentsError(`TRUSTED_DOCUMENTS_DIR ${JSON.stringify(directory)} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const documents = new Map<string, string>();
  for (const file of files) {
    const source = path.join(directory, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(source, 'utf8'));
    } catch (error) {
      throw new TrustedDocumentsError(`${source}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    for (const [id, body] of parseManifest(json, source)) {
      if (documents.has(id) && documents.get(id) !== body) throw new TrustedDocumentsError(`${source}: id ${id} names another document in an earlier manifest`);
      documents.set(id, body);
    }
  }
  return documents;
}

export function callerKindOf(identity: Identity | null, developerScope: string): CallerKind {
  if (!identity) return 'anonymous';
  return identity.scopes.has(developerScope) ? 'developer' : 'service';
}

export type TrustedDocuments = {
  /** The Apollo Server plugin that resolves ids and applies the caller's mode. */
  plugin: ApolloServerPlugin<{ identity: Identity | null }>;
  /** The registered document of an id: this process's, else the shared Redis's; undefined when unknown. */
  find(id: string): Promise<string | undefined>;
  /** Registers documents here and, with Redis, for every replica. */
  register(documents: ReadonlyMap<string, string>): Promise<void>;
  /** Loads the folder's manifests and, with Redis, publishes them (waits at most `timeoutMs` for Redis). */
  start(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * Stands in for a refused operation: Apollo Server answers an error thrown before it has resolved the operation with
 * HTTP 500, so the refused text is swapped for this one (never parsed, validated or registered as an automatic
 * persisted query, so a refused caller learns nothing about the schema) and the refusal is thrown once it resolves.
 */
const REFUSED = 'query TrustedDocumentRefused { __typename }';

function refuse(request: GraphQLRequest, message: string): GraphQLRequestListener<BaseContext> {
  const error = new GraphQLError(message, { extensions: { code: PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } } });
  request.query = REFUSED;
  request.operationName = undefined;
  if (request.extensions?.persistedQuery) {
    const { persistedQuery: _persistedQuery, ...extensions } = request.extensions;
    request.extensions = extensions;
  }
  return {
    async didResolveOperation() {
      throw error;
    },
  };
}

/**
 * Trusted documents (persisted operations) at the gateway. A caller sends a registered id, as `documentId` in the
 * body or the query string (GraphQL Hive, Cosmo, GraphQL Yoga) or as `extensions.persistedQuery.sha256Hash`
 * (Apollo), and the gateway runs the registered document without it being sent. What happens to an operation
 * that is not registered depends on the caller's kind (`modes`). Automatic persisted queries (Apollo Server's APQ,
 * a hash then the text) still work for callers whose mode is not `enforce`, e.g. in development.
 */
export function createTrustedDocuments(options: TrustedDocumentsOptions, logger: Logger): TrustedDocuments {
  const local = new Map<string, string>();
  const redisKey = options.redisKey ?? DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY;
  let redis: Redis | undefined;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: true });
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'trusted documents: Redis is unavailable; documents registered by other replicas are not found until it is back'));
    // What this replica loaded is published again whenever Redis comes back, so a restarted Redis is refilled.
    redis.on('ready', () => void publish(local));
  }
  const logged = new Set<string>();

  async function publish(documents: ReadonlyMap<string, string>) {
    if (!redis || redis.status !== 'ready' || documents.size === 0) return;
    try {
      await redis.hset(redisKey, Object.fromEntries(documents));
    } catch (error) {
      logger.warn({ err: error }, 'trusted documents: could not publish to Redis');
    }
  }

  // Ids Redis did not know a moment ago: a client repeating an unknown id (or a stream of random ones) costs Redis
  // one lookup per id and MISS_TTL_MS, not one per request. Bounded, like the log of unknown operations.
  const misses = new Map<string, number>();
  const MISS_TTL_MS = 5_000;

  async function find(id: string): Promise<string | undefined> {
    const known = local.get(id);
    if (known !== undefined || !redis || redis.status !== 'ready' || !DOCUMENT_ID.test(id)) return known;
    if ((misses.get(id) ?? 0) > Date.now()) return undefined;
    try {
      const shared = await redis.hget(redisKey, id);
      if (shared === null) {
        if (misses.size >= 10_000) misses.clear();
        misses.set(id, Date.now() + MISS_TTL_MS);
        return undefined;
      }
      local.set(id, shared);
      return shared;
    } catch (error) {
      logger.warn({ err: error, id }, 'trusted documents: could not ask Redis for a document');
      return undefined;
    }
  }

  /** Logs an unregistered operation once per process (bounded), so a busy client cannot flood the log. */
  function logUnknown(hash: string, details: Record<string, unknown>) {
    if (logged.has(hash) || logged.size >= 10_000) return;
    logged.add(hash);
    logger.info({ trustedDocuments: 'unknown', hash, ...details }, 'trusted documents: an operation that is not registered');
  }

  const plugin: TrustedDocuments['plugin'] = {
    async requestDidStart({ request, contextValue }) {
      const kind = callerKindOf(contextValue.identity, options.developerScope);
      const mode = options.modes[kind];
      const body = request.http?.body as Record<string, unknown> | undefined;
      const fromQueryString = request.http?.method === 'GET' ? new URLSearchParams(request.http.search).get('documentId') : null;
      const documentId = typeof body?.documentId === 'string' ? body.documentId : (fromQueryString ?? undefined);
      const persistedQuery = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const apqHash = typeof persistedQuery?.sha256Hash === 'string' ? persistedQuery.sha256Hash : undefined;
      const id = documentId ?? apqHash;

      if (id !== undefined) {
        const document = await find(id);
        if (document !== undefined) {
          // Run the registered document, whatever text came with the id; Apollo Server then sees an ordinary query.
          request.query = document;
          if (request.extensions?.persistedQuery) {
            const { persistedQuery: _persistedQuery, ...extensions } = request.extensions;
            request.extensions = extensions;
          }
          return;
        }
        if (documentId !== undefined) return refuse(request, `No registered document has the id ${JSON.stringify(documentId.slice(0, 200))}.`);
        // An unknown APQ hash: Apollo Server answers PERSISTED_QUERY_NOT_FOUND and registers the text the client sends
        // next, unless this caller must use registered documents.
        if (mode !== 'enforce') return;
        return refuse(request, `No registered document has the hash ${JSON.stringify(apqHash?.slice(0, 200))}; ${kind} callers may only run registered operations.`);
      }

      if (mode === 'off' || typeof request.query !== 'string') return;
      const hash = sha256(request.query);
      if ((await find(hash)) === request.query) return;
      if (mode === 'log-unknown') {
        logUnknown(hash, { callerKind: kind, operationName: request.operationName?.slice(0, 200) ?? null });
        return;
      }
      return refuse(request, `This operation is not registered: ${kind} callers may only run registered operations (send its id as documentId or extensions.persistedQuery.sha256Hash).`);
    },
  };

  return {
    plugin,
    find,
    async register(documents) {
      for (const [id, body] of documents) local.set(id, body);
      await publish(documents);
    },
    async start(timeoutMs = 2_000) {
      if (options.directory) for (const [id, body] of loadManifestDirectory(options.directory)) local.set(id, body);
      if (!redis) return;
      const client = redis;
      const ready = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          logger.warn({ timeoutMs }, 'trusted documents: Redis did not answer at start; only this replica\'s manifests are known until it does');
          resolve();
        }, timeoutMs);
        client.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      client.connect().catch(() => undefined);
      await ready;
      await publish(local);
    },
    async close() {
      if (redis && redis.status !== 'end') await redis.quit().catch(() => redis?.disconnect());
    },
  };
}

/**
 * Adds documents to the Redis every gateway replica reads (`npm run trusted-documents:publish -w @cohesion/gateway`):
 * registered without a restart. Whoever may write to that Redis may register operations: keep it private.
 */
export async function publishToRedis(redisUrl: string, documents: ReadonlyMap<string, string>, redisKey = DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: true });
  try {
    await redis.connect();
    if (documents.size > 0) await redis.hset(redisKey, Object.fromEntries(documents));
    return documents.size;
  } finally {
    redis.disconnect();
  }
}
