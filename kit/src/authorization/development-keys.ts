import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';

/**
 * The committed, publicly known development key pair (kit/development-keys/README.md). Services trust it only
 * when NODE_ENV is development or test; production refuses it.
 */
export const DEVELOPMENT_KEYS_DIRECTORY = path.resolve(__dirname, '..', '..', 'development-keys');
export const DEVELOPMENT_JWKS_PATH = path.join(DEVELOPMENT_KEYS_DIRECTORY, 'development-jwks.json');
export const DEVELOPMENT_PRIVATE_KEY_PATH = path.join(DEVELOPMENT_KEYS_DIRECTORY, 'development-private-key.jwk.json');

/** Issuer of development tokens (`npm run token`). */
export const DEVELOPMENT_ISSUER = 'cohesion-hub-development';
/** The audience every hub service expects unless AUTH_AUDIENCE says otherwise. */
export const DEFAULT_AUDIENCE = 'cohesion-hub';
/** Key ids of development keys start with this, so production can recognise and refuse them. */
export const DEVELOPMENT_KEY_ID_PREFIX = 'cohesion-hub-development-';

/** Reads a JWKS file, e.g. the development public key set. */
export function readKeySetFile(file: string): JSONWebKeySet {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as JSONWebKeySet;
  if (!Array.isArray(parsed.keys)) throw new Error(`${file} is not a JWKS: it has no "keys" array`);
  return parsed;
}

/** Whether a key set contains a development key (by key id, or by being the committed development key itself). */
export function containsDevelopmentKey(keySet: JSONWebKeySet): boolean {
  const development = readKeySetFile(DEVELOPMENT_JWKS_PATH).keys.map((key) => key.x ?? key.n);
  return keySet.keys.some((key) => key.kid?.startsWith(DEVELOPMENT_KEY_ID_PREFIX) || development.includes(key.x ?? key.n));
}

export type DevelopmentTokenClaims = {
  subject: string;
  scopes?: readonly string[];
  jurisdictions?: readonly string[];
  organisation?: string;
  /** Lifetime as jose understands it (`1h`, `30m`, `7d`), or an absolute expiry in seconds since the epoch. */
  expiresIn?: string | number;
  /** Overrides for tests of bad tokens; `notBefore` like `expiresIn`. */
  issuer?: string;
  audience?: string;
  notBefore?: string | number;
  /** `iat` in seconds since the epoch; now by default. */
  issuedAt?: number;
};

/** Signs a development token with the committed development private key (what `npm run token` prints). */
export async function signDevelopmentToken(claims: DevelopmentTokenClaims): Promise<string> {
  const jwk = JSON.parse(readFileSync(DEVELOPMENT_PRIVATE_KEY_PATH, 'utf8')) as JWK;
  const key = await importJWK(jwk, jwk.alg);
  const jwt = new SignJWT({
    ...(claims.scopes?.length ? { scope: claims.scopes.join(' ') } : {}),
    ...(claims.jurisdictions?.length ? { jurisdictions: [...claims.jurisdictions] } : {}),
    ...(claims.organisation ? { org: claims.organisation } : {}),
  })
    .setProtectedHeader({ alg: jwk.alg ?? 'ES256', kid: jwk.kid, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(claims.issuer ?? DEVELOPMENT_ISSUER)
    .setAudience(claims.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(claims.issuedAt)
    .setExpirationTime(claims.expiresIn ?? '1h');
  if (claims.notBefore !== undefined) jwt.setNotBefore(claims.notBefore);
  return jwt.sign(key);
}
