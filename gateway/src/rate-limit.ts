import { ErrorCode, requestIdentity, type Logger } from '@cohesion/kit';
import { type Request, type RequestHandler } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type RateLimitOptions = {
  /** Requests one caller may send per window (RATE_LIMIT_REQUESTS). */
  requests: number;
  /** The window, in seconds (RATE_LIMIT_WINDOW_SECONDS). */
  windowSeconds: number;
  /** A Redis every gateway replica shares (REDIS_URL), so a caller has one budget across replicas; in memory without it. */
  redisUrl?: string;
  /** Prefix of the Redis keys; tests give each test its own so that they share no budget. */
  keyPrefix?: string;
};

export type RateLimit = {
  /** Express middleware for `/graphql`, run once the caller's token is verified. */
  middleware: RequestHandler;
  /** Where budgets are kept: `redis` (shared by replicas) or `memory` (this process). */
  store: 'redis' | 'memory';
  /** Waits until Redis answers (at most `timeoutMs`); until then and whenever it fails, budgets fall back to memory. */
  connect(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * Whom a budget belongs to: the verified token's `sub`, else the client's address (behind proxies only as far as
 * TRUST_PROXY says, so a client cannot pick its address with X-Forwarded-For).
 */
export function rateLimitKey(req: Request): string {
  const identity = requestIdentity(req);
  return identity ? `sub:${identity.subject}` : `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Rate limiting per caller at the gateway (rate-limiter-flexible): a fixed number of requests per window, answered
 * HTTP 429 with `Retry-After` and a RATE_LIMITED error beyond it. With a Redis URL the budget lives in Redis and is
 * shared by every gateway replica; if Redis fails, each replica falls back to its own memory budget (insurance
 * limiter) rather than refusing every request or letting every request through.
 */
export function createRateLimit(options: RateLimitOptions, logger: Logger): RateLimit {
  const keyPrefix = options.keyPrefix ?? 'cohesion:rate-limit';
  const memory = new RateLimiterMemory({ points: options.requests, duration: options.windowSeconds, keyPrefix });
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = memory;
  if (options.redisUrl) {
    // Without an offline queue a command fails at once while Redis is away, and the memory budget answers instead.
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'rate limit: Redis is unavailable, budgets are per replica until it is back'));
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points: options.requests,
      duration: options.windowSeconds,
      keyPrefix,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
  const message = `at most ${options.requests} requests every ${options.windowSeconds} s per caller`;

  const middleware: RequestHandler = (req, res, next) => {
    limiter.consume(rateLimitKey(req)).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) {
          // Both stores failed: a broken limiter must not take the API down.
          logger.error({ err: rejection }, 'rate limit: could not count a request');
          next();
          return;
        }
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res
          .status(429)
          .set('retry-after', String(retryAfterSeconds))
          .json({
            errors: [
              {
                message: `Too many requests: ${message}. Try again in ${retryAfterSeconds} s.`,
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
              },
            ],
          });
      },
    );
  };

  return {
    middleware,
    store: redis ? 'redis' : 'memory',
    async connect(timeoutMs = 2_000) {
      if (!redis || redis.status === 'ready') return;
      const client = redis;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          client.off('ready', done);
          resolve();
        };
        const timer = setTimeout(() => {
          logger.warn({ timeoutMs }, 'rate limit: Redis did not answer at start; budgets are per replica until it does');
          done();
        }, timeoutMs);
        client.once('ready', done);
      });
    },
    async close() {
      if (redis && redis.status !== 'end') await redis.quit().catch(() => redis?.disconnect());
    },
  };
}
