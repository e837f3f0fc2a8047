import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * A value the database guarantees (a foreign key, a row the seed always writes). Its absence is a broken
 * invariant, not the caller's mistake: an internal error the gateway masks.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new GraphQLError(`Missing ${what}`, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
  return value;
}
