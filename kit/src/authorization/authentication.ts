import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ConfigurationError, httpUrlSchema, nodeEnvSchema, parseConfiguration } from '../env';
import {
  containsDevelopmentKey,
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_JWKS_PATH,
  readKeySetFile,
} from './development-keys';
import { type Identity } from './identity';
import { InvalidTokenError, InvalidTokenReason } from './invalid-token-error';
import {
  createTokenVerifier,
  DEFAULT_MAX_ISSUED_AT_AHEAD_SECONDS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type TokenVerifier,
} from './token-verifier';

/** The AUTH_* variables every deployable understands (README "Configuration"). */
export const authenticationEnvironmentSchema = z.object({
  NODE_ENV: nodeEnvSchema,
  /** The identity provider's JWKS endpoint (production); cached, refetched when a token names an unknown key id. */
  AUTH_JWKS_URL: httpUrlSchema.optional(),
  /** A local JWKS file instead of a URL; defaults to the development key set in development and test only. */
  AUTH_JWKS_PATH: z.string().min(1).optional(),
  /** The accepted `iss`; defaults to `cohesion-hub-development` with the development key set. */
  AUTH_ISSUER: z.string().min(1).optional(),
  /** The audience tokens must name; `cohesion-hub` by default. */
  AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
  /** The longest `exp` - `iat` a token may claim, in seconds; a day by default. */
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(1).default(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS),
  /** How far in the future `iat` may lie, in seconds (clock skew between the identity provider and the hub). */
  AUTH_MAX_IAT_AHEAD_SECONDS: z.coerce.number().int().min(0).default(DEFAULT_MAX_ISSUED_AT_AHEAD_SECONDS),
});

export type AuthenticationConfiguration = {
  environment: 'development' | 'test' | 'production';
  keySet: { kind: 'remote'; url: string } | { kind: 'file'; path: string; development: boolean };
  issuer: string;
  audience: string;
  /** Tokens claiming a longer `exp` - `iat` are refused (401, reason LIFETIME_TOO_LONG). */
  maxLifetimeSeconds: number;
  /** Tokens whose `iat` lies further ahead are refused (401, reason ISSUED_IN_FUTURE). */
  maxIssuedAtAheadSeconds: number;
};

/**
 * Parses the AUTH_* variables. Production without a key set, an issuer or an audience refuses to start, and so does
 * production with the development key set: a token signed with a public key proves nothing.
 */
export function parseAuthenticationConfiguration(env: Record<string, string | undefined>, service = 'authentication'): AuthenticationConfiguration {
  const config = parseConfiguration(service, authenticationEnvironmentSchema, env);
  const production = config.NODE_ENV === 'production';
  const issues: string[] = [];
  if (config.AUTH_JWKS_URL && config.AUTH_JWKS_PATH) issues.push('AUTH_JWKS_URL and AUTH_JWKS_PATH: set one of them, not both');
  const configuredKeySet = config.AUTH_JWKS_URL ?? config.AUTH_JWKS_PATH;
  if (production && !configuredKeySet) {
    issues.push('AUTH_JWKS_URL: required when NODE_ENV=production (the identity provider\'s JWKS endpoint); the development key set is only used in development and test (not set)');
  }
  if (configuredKeySet && !config.AUTH_ISSUER) issues.push('AUTH_ISSUER: required with AUTH_JWKS_URL or AUTH_JWKS_PATH (the identity provider\'s issuer) (not set)');
  if (production && config.AUTH_JWKS_PATH) {
    try {
      if (containsDevelopmentKey(readKeySetFile(config.AUTH_JWKS_PATH))) {
        issues.push(`AUTH_JWKS_PATH: contains the publicly known development key, refused when NODE_ENV=production (got ${JSON.stringify(config.AUTH_JWKS_PATH)})`);
      }
    } catch (error) {
      issues.push(`AUTH_JWKS_PATH: cannot be read as a JWKS: ${error instanceof Error ? error.message : String(error)} (got ${JSON.stringify(config.AUTH_JWKS_PATH)})`);
    }
  }
  if (issues.length > 0) throw new ConfigurationError(service, issues);
  return {
    environment: config.NODE_ENV,
    keySet: config.AUTH_JWKS_URL
      ? { kind: 'remote', url: config.AUTH_JWKS_URL }
      : { kind: 'file', path: config.AUTH_JWKS_PATH ?? DEVELOPMENT_JWKS_PATH, development: !config.AUTH_JWKS_PATH },
    issuer: config.AUTH_ISSUER ?? DEVELOPMENT_ISSUER,
    audience: config.AUTH_AUDIENCE,
    maxLifetimeSeconds: config.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    maxIssuedAtAheadSeconds: config.AUTH_MAX_IAT_AHEAD_SECONDS,
  };
}

/** How a service establishes who calls it. */
export type Authentication = {
  /** `development`, `test` or `production`: production keeps `_entities`, `_service` and introspection from anonymous callers. */
  environment: AuthenticationConfiguration['environment'];
  /**
   * The identity behind an `Authorization` header: `null` without one (anonymous); `InvalidTokenError` for anything
   * but a valid bearer JWT, which the HTTP layer answers with 401.
   */
  authenticate(authorization: string | undefined): Promise<Identity | null>;
};

// One remote key set per URL and process, so the single-process hub's services share its cache.
const remoteKeySets = new Map<string, JWTVerifyGetKey>();

function keySetFor(configuration: AuthenticationConfiguration): JWTVerifyGetKey {
  if (configuration.keySet.kind === 'file') return createLocalJWKSet(readKeySetFile(configuration.keySet.path));
  const { url } = configuration.keySet;
  let keySet = remoteKeySets.get(url);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(url), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000, timeoutDuration: 5_000 });
    remoteKeySets.set(url, keySet);
  }
  return keySet;
}

const BEARER = /^Bearer +([A-Za-z0-9_.~+/=-]+)\s*$/i;

/** How many verified tokens a service remembers, and for how long at most (never past the token's `exp`). */
export const VERIFIED_TOKEN_CACHE = { maxTokens: 5000, maxAgeSeconds: 60 } as const;

/**
 * Remembers the identity of tokens that verified, by the token itself, until the token's `exp` or `maxAgeSeconds`,
 * whichever comes first: a caller sending the same token again (every request of a dashboard; the gateway forwarding it
 * to each subgraph) is not verified again at the same cost. Only successes are kept; a token that failed is verified
 * again each time. A key removed from the identity provider's key set stops being honoured for cached tokens after
 * `maxAgeSeconds` at most.
 */
function rememberVerifiedTokens(verifier: TokenVerifier, options: { maxTokens: number; maxAgeSeconds: number }): TokenVerifier {
  const verified = new LRUCache<string, Identity>({ max: options.maxTokens });
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      const identity = await verifier.verify(token);
      const { exp } = decodeJwt(token);
      const ttl = Math.min(options.maxAgeSeconds * 1000, typeof exp === 'number' ? exp * 1000 - Date.now() : 0);
      if (ttl > 0) verified.set(token, identity, { ttl });
      return identity;
    },
  };
}

/** Builds the authentication of a service from its parsed configuration (or a ready verifier, in tests). */
export function createAuthentication(
  configuration: AuthenticationConfiguration | { environment: AuthenticationConfiguration['environment']; verifier: TokenVerifier },
): Authentication {
  const verifier = rememberVerifiedTokens(
    'verifier' in configuration
      ? configuration.verifier
      : createTokenVerifier({
          keySet: keySetFor(configuration),
          issuer: configuration.issuer,
          audience: configuration.audience,
          maxLifetimeSeconds: configuration.maxLifetimeSeconds,
          maxIssuedAtAheadSeconds: configuration.maxIssuedAtAheadSeconds,
        }),
    VERIFIED_TOKEN_CACHE,
  );
  return {
    environment: configuration.environment,
    async authenticate(authorization) {
      if (authorization === undefined || authorization === '') return null;
      const match = BEARER.exec(authorization);
      if (!match?.[1]) throw new InvalidTokenError(InvalidTokenReason.MALFORMED, 'The Authorization header must be "Bearer <token>".');
      return verifier.verify(match[1]);
    },
  };
}

/** Authentication by the committed development key set, as every service of a development or test environment uses it (tests). */
export function createDevelopmentAuthentication(environment: 'development' | 'test' = 'test'): Authentication {
  return createAuthentication(parseAuthenticationConfiguration({ NODE_ENV: environment }));
}
