import { type GraphQLDataSource, type RemoteGraphQLDataSource } from '@apollo/gateway';
import { ErrorCode } from '@cohesion/kit';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, IsolatedCircuitError, type CircuitBreakerPolicy } from 'cockatiel';
import { GraphQLError } from 'graphql';
import { createSubgraphFetcher, type SubgraphFetcherOptions } from './subgraph-fetcher';

export type SubgraphResilienceOptions = {
  /** How long one fetch from a subgraph may take, in ms (SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Per-subgraph timeouts by subgraph name, overriding `timeoutMs` (SUBGRAPH_<NAME>_TIMEOUT_MS). */
  timeoutsMs?: Record<string, number>;
  /** Consecutive failed fetches that open a subgraph's circuit (CIRCUIT_BREAKER_FAILURES). */
  failureThreshold: number;
  /** How long an open circuit answers at once before one fetch may test the subgraph again (CIRCUIT_BREAKER_HALF_OPEN_AFTER_MS). */
  halfOpenAfterMs: number;
};

export const DEFAULT_SUBGRAPH_RESILIENCE: SubgraphResilienceOptions = { timeoutMs: 10_000, failureThreshold: 5, halfOpenAfterMs: 10_000 };

/** A subgraph's circuit as `/ready` and the metrics show it. */
export type CircuitStatus = 'closed' | 'open' | 'half-open';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

const STATUS: Record<CircuitState, CircuitStatus> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/** Why a fetch counts against a subgraph: it did not answer in time, could not be reached, or failed with HTTP 5xx. */
function failureReason(error: unknown): string | undefined {
  if (error instanceof GraphQLError) {
    const status = (error.extensions.response as { status?: unknown } | undefined)?.status;
    return typeof status === 'number' && status >= 500 ? `HTTP ${status}` : undefined;
  }
  // Checked by shape, not `instanceof Error`: fetch's errors come from Node's own realm, which differs under test runners.
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  return typeof name === 'string' ? 'unreachable' : undefined;
}

function unavailable(subgraph: string, reason: string): GraphQLError {
  const why = reason === 'circuit open' ? 'it failed repeatedly and is given time to recover' : reason === 'timeout' ? 'it did not answer in time' : 'it cannot be reached';
  return new GraphQLError(`The ${subgraph} subgraph is unavailable (${why}); its fields are missing from this answer.`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph, reason },
  });
}

/**
 * Timeouts and a circuit breaker per subgraph (cockatiel), so that a subgraph down or hanging costs only its fields
 * (DESIGN.md principle 14): every fetch is aborted after the subgraph's timeout; after `failureThreshold` consecutive
 * failures the subgraph's circuit opens and its fetches fail at once with SUBGRAPH_UNAVAILABLE instead of waiting;
 * after `halfOpenAfterMs` one fetch is let through, and its success closes the circuit again, without a restart.
 */
export function createSubgraphResilience(options: SubgraphResilienceOptions, hooks: { onStateChange?: (subgraph: string, status: CircuitStatus) => void } = {}) {
  const breakers = new Map<string, CircuitBreakerPolicy>();
  const breakerFor = (subgraph: string) => {
    let breaker = breakers.get(subgraph);
    if (!breaker) {
      breaker = circuitBreaker(
        handleWhen((error) => failureReason(error) !== undefined),
        { halfOpenAfter: options.halfOpenAfterMs, breaker: new ConsecutiveBreaker(options.failureThreshold) },
      );
      breaker.onStateChange((state) => hooks.onStateChange?.(subgraph, STATUS[state]));
      breakers.set(subgraph, breaker);
    }
    return breaker;
  };

  return {
    /**
     * The fetch a subgraph's RemoteGraphQLDataSource uses: undici over a keep-alive pool, aborted after the subgraph's
     * timeout (reading the answer included), identical in-flight queries shared when `sharing.deduplicate` is on.
     */
    fetcher(subgraph: string, sharing: Omit<SubgraphFetcherOptions, 'timeoutMs'> = { deduplicate: false }): Fetcher {
      return createSubgraphFetcher({ ...sharing, timeoutMs: options.timeoutsMs?.[subgraph] ?? options.timeoutMs });
    },

    /** Puts a subgraph's data source behind its circuit breaker; errors that are not the subgraph's failure pass unchanged. */
    protect<TContext extends Record<string, unknown>>(subgraph: string, dataSource: GraphQLDataSource<TContext>): GraphQLDataSource<TContext> {
      const breaker = breakerFor(subgraph);
      return {
        async process(request) {
          try {
            return await breaker.execute(() => dataSource.process(request));
          } catch (error) {
            if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) throw unavailable(subgraph, 'circuit open');
            const reason = failureReason(error);
            if (reason === 'timeout' || reason === 'unreachable') throw unavailable(subgraph, reason);
            throw error;
          }
        },
      };
    },

    /** Every subgraph's circuit that has seen a fetch: `closed`, `open` or `half-open`. */
    states(): Record<string, CircuitStatus> {
      return Object.fromEntries([...breakers].map(([subgraph, breaker]) => [subgraph, STATUS[breaker.state]]));
    },
  };
}

export type SubgraphResilience = ReturnType<typeof createSubgraphResilience>;
