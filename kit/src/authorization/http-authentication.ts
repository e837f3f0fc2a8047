import { type Request, type RequestHandler } from 'express';
import { ErrorCode } from '../errors';
import { type Logger } from '../logger';
import { type Authentication } from './authentication';
import { type Identity } from './identity';
import { InvalidTokenError } from './invalid-token-error';

const identities = new WeakMap<Request, Identity | null>();

/** The identity the authentication middleware established for a request (anonymous when it did not run). */
export function requestIdentity(req: Request): Identity | null {
  return identities.get(req) ?? null;
}

function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

/**
 * Verifies the request's bearer token before it reaches GraphQL. No token: anonymous. A token that cannot be trusted:
 * HTTP 401 with a GraphQL-shaped body and `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750 §3), never a
 * silent downgrade to anonymous.
 */
export function createAuthenticationMiddleware(authentication: Authentication, logger: Logger): RequestHandler {
  return (req, res, next) => {
    authentication.authenticate(req.headers.authorization).then(
      (identity) => {
        identities.set(req, identity);
        next();
      },
      (error: unknown) => {
        if (error instanceof InvalidTokenError) {
          res
            .status(401)
            .set('www-authenticate', `Bearer error="invalid_token", error_description=${quoted(error.message)}`)
            .json({ errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED, reason: error.reason } }] });
          return;
        }
        logger.error({ err: error }, 'could not verify a bearer token');
        res
          .status(503)
          .set('retry-after', '30')
          .json({ errors: [{ message: 'The token cannot be verified right now; try again later.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      },
    );
  };
}
