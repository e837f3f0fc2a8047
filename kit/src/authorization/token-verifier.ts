import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims, type IdentityClaims } from './claims';
import { type Identity } from './identity';
import { InvalidTokenError, InvalidTokenReason, KeySetUnavailableError } from './invalid-token-error';

/**
 * The signature algorithms a token may use: asymmetric only, so that holding the public key set never lets
 * anyone sign. `none` and the HMAC family (HS256, ...) are refused.
 */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'] as const;

/** Clock skew tolerated between the identity provider and the hub when checking `exp`, `nbf` and `iat`. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * The longest lifetime (`exp` - `iat`) a token may claim by default: a day. A stolen token that stays valid for
 * years cannot be revoked by rotating anything but the signing key.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/** How far in the future `iat` may lie by default: a token "issued" later than now was not made by a sane issuer. */
export const DEFAULT_MAX_ISSUED_AT_AHEAD_SECONDS = 60;

export type TokenVerifierOptions = {
  /** The key set, e.g. jose's `createLocalJWKSet(jwks)` or `createRemoteJWKSet(url)`. */
  keySet: JWTVerifyGetKey;
  /** The only accepted `iss`. */
  issuer: string;
  /** The audience the token must name in `aud`. */
  audience: string;
  /** Refuse tokens whose `exp` - `iat` (or `exp` - now, without `iat`) is longer; DEFAULT_MAX_TOKEN_LIFETIME_SECONDS by default. */
  maxLifetimeSeconds?: number;
  /** Refuse tokens whose `iat` lies further in the future; DEFAULT_MAX_ISSUED_AT_AHEAD_SECONDS by default. */
  maxIssuedAtAheadSeconds?: number;
};

export type TokenVerifier = {
  /** Verifies a compact JWS and returns the identity its claims describe; throws `InvalidTokenError` otherwise. */
  verify(token: string): Promise<Identity>;
};

function invalidTokenFrom(error: unknown): Error {
  if (error instanceof InvalidTokenError) return error;
  if (error instanceof errors.JWTExpired) return new InvalidTokenError(InvalidTokenReason.EXPIRED, 'The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new InvalidTokenError(InvalidTokenReason.WRONG_ISSUER, 'The token was issued by an issuer this service does not trust.');
    if (error.claim === 'aud') return new InvalidTokenError(InvalidTokenReason.WRONG_AUDIENCE, 'The token was issued for another audience.');
    if (error.claim === 'nbf' && error.reason === 'check_failed') return new InvalidTokenError(InvalidTokenReason.NOT_YET_VALID, 'The token is not valid yet.');
    return new InvalidTokenError(InvalidTokenReason.INVALID_CLAIMS, `The token's "${error.claim}" claim is invalid (${error.reason}).`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new InvalidTokenError(InvalidTokenReason.UNSUPPORTED_ALGORITHM, `The token's algorithm is not accepted; expected one of ${ACCEPTED_ALGORITHMS.join(', ')}.`);
  }
  if (error instanceof errors.JWKSNoMatchingKey) return new InvalidTokenError(InvalidTokenReason.UNKNOWN_KEY, 'The token was signed with a key this service does not know.');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new InvalidTokenError(InvalidTokenReason.INVALID_SIGNATURE, 'The token\'s signature is invalid.');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new KeySetUnavailableError('The identity provider\'s key set could not be loaded.', { cause: error });
  }
  if (error instanceof errors.JOSEError) return new InvalidTokenError(InvalidTokenReason.MALFORMED, 'The token is not a well-formed signed JWT.');
  // Anything else comes from fetching a remote key set (network, TLS, HTTP status).
  return new KeySetUnavailableError('The identity provider\'s key set could not be loaded.', { cause: error });
}

/** Refuses a verified token that claims to come from the future or to stay valid longer than the service allows. */
function assertTimeBounds(payload: { iat?: number; exp?: number }, options: TokenVerifierOptions) {
  const now = Math.floor(Date.now() / 1000);
  const maxAhead = options.maxIssuedAtAheadSeconds ?? DEFAULT_MAX_ISSUED_AT_AHEAD_SECONDS;
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (payload.iat !== undefined && payload.iat > now + maxAhead) {
    throw new InvalidTokenError(
      InvalidTokenReason.ISSUED_IN_FUTURE,
      `The token's "iat" lies ${payload.iat - now} s in the future; at most ${maxAhead} s is accepted.`,
    );
  }
  // requiredClaims makes `exp` present; without `iat`, the lifetime left from now is what an attacker could use.
  const lifetime = (payload.exp ?? now) - (payload.iat ?? now);
  if (lifetime > maxLifetime) {
    throw new InvalidTokenError(
      InvalidTokenReason.LIFETIME_TOO_LONG,
      `The token is valid for ${lifetime} s ("exp" - "iat"); at most ${maxLifetime} s is accepted.`,
    );
  }
}

/**
 * Verifies bearer JWTs with jose against a key set, an issuer and an audience (DESIGN.md principle 5), and bounds
 * their lifetime and their `iat`.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify<IdentityClaims>(token, options.keySet, {
          algorithms: [...ACCEPTED_ALGORITHMS],
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ['exp', 'sub'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        assertTimeBounds(payload, options);
        return identityFromClaims(payload);
      } catch (error) {
        throw invalidTokenFrom(error);
      }
    },
  };
}
