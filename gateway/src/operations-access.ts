import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode } from '@cohesion/kit';
import { type Request, type RequestHandler } from 'express';

export type OperationsAccessOptions = {
  /** The bearer token that opens `/metrics` and the details of `/ready` (METRICS_TOKEN). */
  token?: string;
  /** In production, without a token, no one may read them on the API's port. */
  production: boolean;
};

export type OperationsAccess = {
  /** Whether this request may read metrics and readiness details. */
  allows(req: Request): boolean;
  /** Express middleware answering 401 to a request that may not. */
  guard: RequestHandler;
};

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who may read the gateway's operational surface (`/metrics`, the details of `/ready`) on the API's port: callers
 * presenting METRICS_TOKEN as a bearer token when one is configured; otherwise anyone outside production and no one in
 * production (Prometheus then scrapes METRICS_PORT, a port that is not exposed).
 */
export function createOperationsAccess(options: OperationsAccessOptions): OperationsAccess {
  const expected = options.token ? digest(options.token) : undefined;
  const allows = (req: Request) => {
    if (!expected) return !options.production;
    const match = /^Bearer +(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    // Compared as digests in constant time: the length and content of the token leak through neither.
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
  };
  return {
    allows,
    guard(req, res, next) {
      if (allows(req)) {
        next();
        return;
      }
      res
        .status(401)
        .set('www-authenticate', 'Bearer realm="operations"')
        .json({
          errors: [
            {
              message: expected
                ? 'This endpoint needs the operations bearer token (METRICS_TOKEN).'
                : 'This endpoint is closed in production: configure METRICS_TOKEN or scrape METRICS_PORT.',
              extensions: { code: ErrorCode.UNAUTHENTICATED },
            },
          ],
        });
    },
  };
}
