import { GraphQLError } from 'graphql';

/** The closed set of error codes the hub answers with (STYLE.md "Errors have codes"). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  UNAUTHORIZED_FIELD_OR_TYPE: 'UNAUTHORIZED_FIELD_OR_TYPE',
  CONFLICT: 'CONFLICT',
  /** The gateway could not get an answer from a subgraph (down, too slow, or its circuit breaker is open). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** A subgraph could not reach its database, or the database did not answer in time. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The caller sent more requests than the gateway's rate limit allows (HTTP 429 with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** HTTP-level refusals, before GraphQL: a body that is not JSON, too large, or not in UTF-8. */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** A write failed in the database and was rolled back whole: nothing was written, the caller may retry. */
  WRITE_FAILED: 'WRITE_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes whose message is written for the caller and may cross the gateway unmasked. Everything else is
 * replaced by "Unexpected error." outside development.
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE,
  ErrorCode.CONFLICT,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.RATE_LIMITED,
  ErrorCode.WRITE_FAILED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.BAD_REQUEST,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
]);

/** A caller's argument was malformed: the message names the argument, the value and what is accepted. */
export function badUserInput(argument: string, value: unknown, expected: string): GraphQLError {
  return new GraphQLError(`Invalid ${argument} ${JSON.stringify(value)}: ${expected}.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, value },
  });
}
