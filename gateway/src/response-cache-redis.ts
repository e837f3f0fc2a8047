import { type Logger } from '@cohesion/kit';
import { Redis } from 'ioredis';

/** What the response cache keeps of an answer. */
export type CachedAnswer = { body: Buffer; contentType: string; etag: string; storedAt: number; expiresAt: number; scope: 'public' | 'private' };

export type SharedResponseStoreOptions = {
  /** REDIS_URL: the Redis every gateway worker and replica shares. */
  redisUrl: string;
  /** Prefix of every key (`cohesion:response-cache:` by default; tests give their own). */
  keyPrefix?: string;
  /** How long Redis keeps an entry, in ms (the cache's TTL twice: an answer past its time is served while the next is made). */
  keepMs: number;
  logger: Logger;
};

/** The length of a stored entry's header, then the header (JSON), then the answer's bytes. */
function encode(entry: CachedAnswer, generation: string): Buffer {
  const header = Buffer.from(JSON.stringify({ g: generation, c: entry.contentType, e: entry.etag, s: entry.storedAt, x: entry.expiresAt, p: entry.scope }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, entry.body]);
}

function decode(raw: Buffer): { generation: string; entry: CachedAnswer } | undefined {
  try {
    const length = raw.readUInt32BE(0);
    const header = JSON.parse(raw.subarray(4, 4 + length).toString()) as { g: string; c: string; e: string; s: number; x: number; p: 'public' | 'private' };
    return { generation: header.g, entry: { body: raw.subarray(4 + length), contentType: header.c, etag: header.e, storedAt: header.s, expiresAt: header.x, scope: header.p } };
  } catch {
    return undefined;
  }
}

/**
 * The response cache's entries in Redis, shared by every worker and replica of the gateway. A generation counter in Redis
 * is what a mutation relayed by any of them increments: each entry records the generation it was made in, and is served
 * only while that is still the current one (both read in one MGET), so a write through one gateway invalidates the
 * answers every other one would give. Every command fails fast (no offline queue, short timeouts): the caller then falls
 * back to its own memory, and Redis being away is logged once, until it is back.
 */
export function createSharedResponseStore(options: SharedResponseStoreOptions) {
  const prefix = options.keyPrefix ?? 'cohesion:response-cache:';
  const generationKey = `${prefix}generation`;
  const redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 1_000, lazyConnect: true });
  let away = false;
  const unavailable = (error: unknown) => {
    if (away) return;
    away = true;
    options.logger.warn({ err: error }, 'response cache: Redis is unavailable; answers are cached in this process only until it is back');
  };
  redis.on('error', unavailable);
  redis.on('ready', () => {
    if (away) options.logger.info('response cache: Redis is back; answers are shared again');
    away = false;
  });

  return {
    /** Connects (at most `timeoutMs`); until then, and whenever Redis fails, the cache answers from memory. */
    async connect(timeoutMs = 2_000) {
      await Promise.race([redis.connect().catch(unavailable), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
    /** The current generation and the entry under `key` if it was made in it; undefined when Redis does not answer. */
    async get(key: string): Promise<{ generation: string; entry?: CachedAnswer } | undefined> {
      if (redis.status !== 'ready') return undefined;
      try {
        const [generationBytes, raw] = await redis.mgetBuffer(generationKey, `${prefix}entry:${key}`);
        const generation = generationBytes?.toString() ?? '0';
        const stored = raw ? decode(raw) : undefined;
        return stored && stored.generation === generation ? { generation, entry: stored.entry } : { generation };
      } catch (error) {
        unavailable(error);
        return undefined;
      }
    },
    /** Keeps `entry`, made in `generation`, for every gateway (best effort: a failure only costs sharing). */
    set(key: string, entry: CachedAnswer, generation: string) {
      if (redis.status !== 'ready') return;
      redis.set(`${prefix}entry:${key}`, encode(entry, generation), 'PX', options.keepMs).catch(unavailable);
    },
    /** Makes every entry of every gateway stale (a mutation); resolves once Redis has counted it, or failed. */
    async invalidate() {
      if (redis.status !== 'ready') return;
      await redis.incr(generationKey).then(() => undefined, unavailable);
    },
    async close() {
      redis.disconnect();
    },
  };
}

export type SharedResponseStore = ReturnType<typeof createSharedResponseStore>;
