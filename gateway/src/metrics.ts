import { type ApolloServerPlugin } from '@apollo/server';
import { type Express, type RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { type CircuitStatus } from './subgraph-resilience';

/** Where `/metrics` gets its text instead of this process's registry: the cluster's aggregate (WORKERS > 1). */
export type MetricsCollector = () => Promise<string>;

/**
 * Prometheus metrics of one gateway (its own registry, so several gateways in one process — tests — do not
 * mix counts): operations by outcome, their duration, and fetches per subgraph, which is how the number of
 * subgraph round trips of a query plan is observed from outside.
 */
export function createGatewayMetrics(options: { collect?: MetricsCollector } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cohesion_gateway_' });
  const subgraphFetches = new Counter({
    name: 'cohesion_gateway_subgraph_fetches_total',
    help: 'Requests the gateway sent to each subgraph.',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });
  const sharedFetches = new Counter({
    name: 'cohesion_gateway_subgraph_fetches_shared_total',
    help: 'Fetches of the above answered by an identical request to the subgraph already in flight (SUBGRAPH_DEDUPLICATION).',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });
  const responseCache = new Counter({
    name: 'cohesion_gateway_response_cache_total',
    help: 'Operations by what the response cache did: hit (answered from it), stored, skipped (not cacheable) or invalidated (a mutation cleared it).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  // Each process reports 1: summed over the workers of a cluster (WORKERS), it is the number serving.
  new Gauge({
    name: 'cohesion_gateway_workers',
    help: 'Gateway processes answering: 1 per process, summed over the workers of a cluster (WORKERS).',
    registers: [registry],
  }).set(1);
  const operations = new Counter({
    name: 'cohesion_gateway_operations_total',
    help: 'GraphQL operations answered, by outcome (success, or error when the response carries errors).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'cohesion_gateway_operation_duration_seconds',
    help: 'Time from receiving an operation to sending its response.',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const circuits = new Gauge({
    name: 'cohesion_gateway_subgraph_circuit_open',
    help: 'Whether a subgraph\'s circuit breaker keeps its fetches from being sent: 1 open, 0.5 half-open (testing), 0 closed.',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const stop = duration.startTimer();
      return {
        async willSendResponse({ response }) {
          stop();
          const hasErrors = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          operations.inc({ outcome: hasErrors ? 'error' : 'success' });
        },
      };
    },
  };

  return {
    registry,
    plugin,
    countSubgraphFetch: (subgraph: string) => subgraphFetches.inc({ subgraph }),
    countSharedFetch: (subgraph: string) => sharedFetches.inc({ subgraph }),
    countResponseCache: (result: 'hit' | 'stored' | 'skipped' | 'invalidated') => responseCache.inc({ result }),
    setCircuitStatus: (subgraph: string, status: CircuitStatus) => circuits.set({ subgraph }, status === 'open' ? 1 : status === 'half-open' ? 0.5 : 0),
    /** Mounts `GET /metrics` in the Prometheus text format, behind `guard` (who may read it). */
    mount(app: Express, guard: RequestHandler) {
      app.get('/metrics', guard, async (_req, res) => {
        let text: string | undefined;
        if (options.collect) {
          // The whole cluster's metrics; this process's own when the primary does not answer (it is restarting).
          text = await options.collect().catch(() => undefined);
        }
        res.type(registry.contentType).send(text ?? (await registry.metrics()));
      });
    },
  };
}
