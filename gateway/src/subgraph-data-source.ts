import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The subgraph's own GraphQL errors in a 4xx answer that @apollo/gateway turned into a transport error. */
function subgraphErrorsOf(error: unknown): GraphQLFormattedError[] | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const response = error.extensions.response as { status?: unknown; body?: unknown } | undefined;
  const status = Number(response?.status);
  // 401 and 403 mean the gateway itself was refused (its service token): that is no fault of the caller's.
  if (!(status >= 400 && status < 500) || status === 401 || status === 403) return undefined;
  const errors = (response?.body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const answered = errors.filter((item): item is GraphQLFormattedError => typeof item === 'object' && item !== null && typeof item.message === 'string');
  // Locations point into the query plan's fetch, not the caller's document.
  return answered.length === errors.length ? answered.map(({ message, path, extensions }) => ({ message, ...(path ? { path } : {}), ...(extensions ? { extensions } : {}) })) : undefined;
}

/**
 * A subgraph fetch that keeps the subgraph's answer when it refuses a request with HTTP 400 (an invalid date, a
 * limit, bad text): @apollo/gateway turns any non-2xx answer into "400: Bad Request" without a code, which the
 * gateway then masked as an internal error. Returned as the fetch's errors, they reach the caller with their code and
 * message (and `serviceName`) like any other subgraph error.
 */
export class SubgraphDataSource<TContext extends Record<string, unknown>> extends RemoteGraphQLDataSource<TContext> {
  override async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const errors = subgraphErrorsOf(error);
      if (errors) return { errors };
      throw error;
    }
  }
}
