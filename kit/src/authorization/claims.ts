import { type JWTPayload } from 'jose';
import { type Identity } from './identity';
import { InvalidTokenError, InvalidTokenReason } from './invalid-token-error';

/** The claims the hub reads from a verified token (DESIGN.md principle 5). */
export type IdentityClaims = JWTPayload & {
  /** Space-separated scopes, e.g. `contacts:read cells:read`. */
  scope?: string;
  /** Jurisdictions, as an array or space-separated: `BE`, `BE-VLG`, `prov:40000`, `nis:41002`, `zone:SAMPLE-4101`, `EU`. */
  jurisdictions?: string[] | string;
  /** The caller's organisation. */
  org?: string;
};

function words(value: unknown, claim: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.flatMap((item) => words(item, claim));
  throw new InvalidTokenError(InvalidTokenReason.INVALID_CLAIMS, `The token's "${claim}" claim must be a space-separated string or an array of strings.`);
}

/** The identity a verified token's claims describe; a claim of the wrong shape refuses the token. */
export function identityFromClaims(claims: IdentityClaims): Identity {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) {
    throw new InvalidTokenError(InvalidTokenReason.INVALID_CLAIMS, 'The token has no "sub" (subject) claim.');
  }
  if (claims.org !== undefined && (typeof claims.org !== 'string' || claims.org.length === 0)) {
    throw new InvalidTokenError(InvalidTokenReason.INVALID_CLAIMS, 'The token\'s "org" claim must be a non-empty string.');
  }
  return {
    subject: claims.sub,
    scopes: new Set(words(claims.scope, 'scope')),
    jurisdictions: [...new Set(words(claims.jurisdictions, 'jurisdictions'))],
    organisation: claims.org ?? null,
  };
}
