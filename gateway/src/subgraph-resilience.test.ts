import { startAuthorizationTestGraph, startTestGateway, type AuthorizationTestGraph, type TestGateway } from './authorization/testing/authorization-test-graph';
import { startStoppableProxy, type StoppableProxy } from '@cohesion/kit/testing/stoppable-proxy';
import { type SubgraphResilienceOptions } from './subgraph-resilience';

// `towns` answers the towns, `budgets` their population (an entity field): with budgets down, the names must still come.
const QUERY = '{ towns { name population } }';
const RESILIENCE: SubgraphResilienceOptions = { timeoutMs: 2_000, failureThreshold: 3, halfOpenAfterMs: 1_000 };

type Setup = { gateway: TestGateway; proxy: StoppableProxy; base: string; close(): Promise<void> };

async function setUp(graph: AuthorizationTestGraph, resilience: SubgraphResilienceOptions = RESILIENCE): Promise<Setup> {
  const proxy = await startStoppableProxy(graph.subgraphUrls.budgets!);
  // What a fetch does while a subgraph is down: an answer from the response cache makes no fetch (during an outage a cached
  // answer is served until it expires; response-cache.test.ts). Deduplication stays on.
  const gateway = await startTestGateway(graph, {
    subgraphUrls: { ...graph.subgraphUrls, budgets: `${proxy.url}/graphql` },
    resilience,
    responseCache: { ttlSeconds: 0, maxMegabytes: 1 },
  });
  return {
    gateway,
    proxy,
    base: gateway.url.replace(/\/graphql$/, ''),
    async close() {
      await gateway.close();
      await proxy.stop().catch(() => undefined);
    },
  };
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
}

const codes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (body.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.subgraph, error.extensions?.reason]);

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a subgraph down costs only its fields', () => {
  let graph: AuthorizationTestGraph;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
  });
  afterAll(() => graph.close());

  it('answers the other subgraph\'s fields with SUBGRAPH_UNAVAILABLE for the stopped one, then opens its circuit and answers at once', async () => {
    const setup = await setUp(graph);
    try {
      expect((await setup.gateway.query(QUERY)).body).toEqual({ data: { towns: [{ name: 'Alphaville', population: 1000 }, { name: 'Betatown', population: 2000 }] } });
      await setup.proxy.stop();
      const down = await setup.gateway.query(QUERY);
      expect(down.status).toBe(200);
      expect(down.body.data).toEqual({ towns: [{ name: 'Alphaville', population: null }, { name: 'Betatown', population: null }] });
      expect(codes(down.body)).toEqual([['SUBGRAPH_UNAVAILABLE', 'budgets', 'unreachable']]);
      expect(down.body.errors?.[0]?.message).toMatch(/budgets subgraph is unavailable/);

      await setup.gateway.query(QUERY);
      await setup.gateway.query(QUERY);
      const open = await timed(() => setup.gateway.query(QUERY));
      expect(codes(open.result.body)).toEqual([['SUBGRAPH_UNAVAILABLE', 'budgets', 'circuit open']]);
      expect(open.result.body.data).toEqual({ towns: [{ name: 'Alphaville', population: null }, { name: 'Betatown', population: null }] });
      expect(open.ms).toBeLessThan(1_000);

      const ready = await fetch(`${setup.base}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'degraded', subgraphs: { towns: 'up' }, circuits: { towns: 'closed', budgets: 'open' } });
      const metrics = await (await fetch(`${setup.base}/metrics`)).text();
      expect(metrics).toMatch(/^cohesion_gateway_subgraph_circuit_open\{subgraph="budgets"\} 1$/m);
    } finally {
      await setup.close();
    }
  });

  it('recovers without a restart once the subgraph is back: the circuit half-opens, one fetch succeeds, it closes', async () => {
    const setup = await setUp(graph);
    try {
      await setup.proxy.stop();
      for (let i = 0; i < RESILIENCE.failureThreshold; i += 1) await setup.gateway.query(QUERY);
      expect(codes((await setup.gateway.query(QUERY)).body)).toEqual([['SUBGRAPH_UNAVAILABLE', 'budgets', 'circuit open']]);
      await setup.proxy.start();
      await until(async () => (await setup.gateway.query(QUERY)).body.errors === undefined, 10_000);
      expect((await setup.gateway.query(QUERY)).body).toEqual({ data: { towns: [{ name: 'Alphaville', population: 1000 }, { name: 'Betatown', population: 2000 }] } });
      expect(await (await fetch(`${setup.base}/ready`)).json()).toMatchObject({ status: 'ready', circuits: { towns: 'closed', budgets: 'closed' } });
    } finally {
      await setup.close();
    }
  });

  it('gives up on a hanging subgraph after that subgraph\'s own timeout', async () => {
    const setup = await setUp(graph, { ...RESILIENCE, timeoutMs: 30_000, timeoutsMs: { budgets: 400 } });
    try {
      setup.proxy.hang();
      const hung = await timed(() => setup.gateway.query(QUERY));
      expect(hung.result.body.data).toEqual({ towns: [{ name: 'Alphaville', population: null }, { name: 'Betatown', population: null }] });
      expect(codes(hung.result.body)).toEqual([['SUBGRAPH_UNAVAILABLE', 'budgets', 'timeout']]);
      expect(hung.ms).toBeGreaterThanOrEqual(350);
      expect(hung.ms).toBeLessThan(5_000);
      setup.proxy.forward();
      expect((await setup.gateway.query(QUERY)).body.errors).toBeUndefined();
    } finally {
      await setup.close();
    }
  });

  it('keeps answering under load while the subgraph is killed and restarted, then answers fully again', async () => {
    const setup = await setUp(graph);
    try {
      const results: Array<{ status: number; names: unknown; complete: boolean; ms: number; at: number }> = [];
      const started = Date.now();
      let phase: 'before' | 'down' | 'back' = 'before';
      let recoveredAt: number | undefined;
      const worker = async () => {
        // Bounded: at most 20 s, and stops 1 s after the first complete answer following the restart.
        while (Date.now() - started < 20_000 && !(recoveredAt && Date.now() - recoveredAt > 1_000)) {
          const { result, ms } = await timed(() => setup.gateway.query(QUERY));
          const towns = result.body.data?.towns as Array<{ name: string; population: number | null }> | undefined;
          const complete = result.body.errors === undefined;
          results.push({ status: result.status, names: towns?.map((town) => town.name), complete, ms, at: Date.now() - started });
          if (phase === 'back' && complete) recoveredAt ??= Date.now();
        }
      };
      const load = Promise.all([worker(), worker(), worker(), worker()]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      phase = 'down';
      await setup.proxy.stop();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await setup.proxy.start();
      phase = 'back';
      await load;

      expect(recoveredAt).toBeDefined();
      expect(results.every((result) => result.status === 200)).toBe(true);
      expect(results.every((result) => JSON.stringify(result.names) === '["Alphaville","Betatown"]')).toBe(true);
      expect(results.some((result) => !result.complete)).toBe(true);
      // No answer waited for the dead subgraph: refused connections and the open circuit answer at once.
      expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(RESILIENCE.timeoutMs);
      expect(results.at(-1)?.complete).toBe(true);
    } finally {
      await setup.close();
    }
  });
});
