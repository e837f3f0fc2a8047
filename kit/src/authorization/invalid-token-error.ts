/**
 * Why a bearer token was refused. Written into `extensions.reason` of the 401 answer so that a client developer
 * can tell an expired token from a token for another audience without reading server logs.
 */
export const InvalidTokenReason = {
  /** The Authorization header is not `Bearer <JWT>`, or the JWT cannot be decoded. */
  MALFORMED: 'MALFORMED',
  /** `alg` is not one of the accepted asymmetric algorithms (RS256, ES256, EdDSA): `none` and HS* included. */
  UNSUPPORTED_ALGORITHM: 'UNSUPPORTED_ALGORITHM',
  /** No key of the key set has the token's key id (`kid`). */
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  /** The signature does not match the key. */
  INVALID_SIGNATURE: 'INVALID_SIGNATURE',
  /** `iss` is not the configured issuer. */
  WRONG_ISSUER: 'WRONG_ISSUER',
  /** `aud` does not contain the configured audience. */
  WRONG_AUDIENCE: 'WRONG_AUDIENCE',
  /** `exp` has passed. */
  EXPIRED: 'EXPIRED',
  /** `nbf` lies in the future. */
  NOT_YET_VALID: 'NOT_YET_VALID',
  /** `iat` lies further in the future than the service accepts (AUTH_MAX_IAT_AHEAD_SECONDS). */
  ISSUED_IN_FUTURE: 'ISSUED_IN_FUTURE',
  /** `exp` - `iat` is longer than the service accepts (AUTH_MAX_TOKEN_LIFETIME_SECONDS). */
  LIFETIME_TOO_LONG: 'LIFETIME_TOO_LONG',
  /** A claim the hub needs (`sub`, `exp`) is missing, or a claim has the wrong shape. */
  INVALID_CLAIMS: 'INVALID_CLAIMS',
} as const;
export type InvalidTokenReason = (typeof InvalidTokenReason)[keyof typeof InvalidTokenReason];

/** A bearer token that was presented but cannot be trusted: answered with HTTP 401, never treated as anonymous. */
export class InvalidTokenError extends Error {
  constructor(
    readonly reason: InvalidTokenReason,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** The identity provider's key set could not be fetched: not the caller's fault, answered with HTTP 503. */
export class KeySetUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeySetUnavailableError';
  }
}
