/** Response cache defaults (RESPONSE_CACHE_TTL_SECONDS, RESPONSE_CACHE_MAX_MB): answers live 5 s, 64 MB at most. */
export const DEFAULT_RESPONSE_CACHE = { ttlSeconds: 5, maxMegabytes: 64 } as const;

export type ResponseCacheSettings = {
  /** Seconds an answer is served from the cache; 0 switches the cache off. */
  ttlSeconds: number;
  maxMegabytes: number;
  /** REDIS_URL: entries shared by every worker and replica (and a mutation through any invalidates for all); memory only without it. */
  redisUrl?: string;
  /** Prefix of the cache's Redis keys (`cohesion:response-cache:`); tests give their own. */
  redisKeyPrefix?: string;
};
