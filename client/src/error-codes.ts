/**
 * Every `extensions.code` the hub answers with (the gateway and every subgraph, kit's PUBLIC_ERROR_CODES), and
 * `INTERNAL_SERVER_ERROR` for what it masks. docs/clients.md says what each means and what a client does about it.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'UNAUTHORIZED_FIELD_OR_TYPE',
  'CONFLICT',
  'SUBGRAPH_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'RATE_LIMITED',
  'WRITE_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
  'INTERNAL_SERVER_ERROR',
] as const;

/** The code of an error the hub answers with. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Whether a value is one of the hub's error codes (an unknown code is a newer hub's: treat it as an error all the same). */
export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
