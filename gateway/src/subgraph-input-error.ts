import { GraphQLError } from 'graphql';

type ErrorBody = { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };

/**
 * The caller's mistake in a subgraph's HTTP 400 answer: a subgraph refuses a variable its scalar cannot parse (a Date
 * such as 2021-02-30) before it runs the operation, with BAD_USER_INPUT and a message naming the value. Passed on as
 * such, it tells the caller what to fix instead of looking like a subgraph failure; anything else gives null.
 */
export function subgraphInputError(body: unknown): GraphQLError | null {
  const first = (body as ErrorBody | null)?.errors?.[0];
  if (first?.extensions?.code !== 'BAD_USER_INPUT' || typeof first.message !== 'string') return null;
  return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
}
