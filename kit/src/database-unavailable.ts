import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailableError } from '@cohesion/db';
import { type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * The answer to an error caused by the database being down, restarting or too slow (postgres.js connection errors,
 * `statement_timeout`), or `undefined` for any other error. Such errors are the caller's business: they are retryable
 * and say so with DATABASE_UNAVAILABLE, instead of being masked as internal.
 */
export function formatDatabaseUnavailable(service: string, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  if (!isDatabaseUnavailableError(unwrapResolverError(error))) return undefined;
  return {
    message: `The ${service} database is unavailable right now; try again later.`,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
  };
}
