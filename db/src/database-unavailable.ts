/** Socket errors (Node) and postgres.js connection errors: the server is down, restarting or unreachable. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs of a server that cannot serve right now (Appendix A of the PostgreSQL manual): shutting down or starting
 * up, out of connections, or a statement cancelled by `statement_timeout`. Class 08 (connection exception) is
 * matched as a class.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/**
 * Whether `error` (or an error in its `cause` chain: drizzle wraps the driver's error) says the database cannot be
 * reached or did not answer in time, rather than that a query was wrong. Callers answer these with a retryable error
 * instead of hanging or masking them as internal.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  // Walked by shape, not `instanceof Error`: socket errors come from Node's own realm, which differs under test runners.
  let current: unknown = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    current = cause;
    if (typeof code !== 'string') continue;
    if (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}
