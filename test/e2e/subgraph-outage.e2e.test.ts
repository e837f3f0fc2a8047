import { createGateway } from '@cohesion/gateway';
import { createDevelopmentAuthentication, createLogger, listen, type ListeningServer } from '@cohesion/kit';
import { startStoppableProxy, type StoppableProxy } from '@cohesion/kit/testing/stoppable-proxy';
import { loadSupergraph } from '@cohesion/schema';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// The whole supergraph, with the federal subgraph reached through a loopback proxy that the test kills and restarts.
// The operation reaches federal through an entity field (policeZone); level-outage.e2e.test.ts covers the level roots.
const QUERY = `{
  provinces { nis }
  municipality(nis: "41002") { names { nl } policeZone { id name } }
  flanders { organisations(first: 1) { totalCount } }
}`;
const TIMEOUT_MS = 3_000;

type Body = {
  data?: { provinces: Array<{ nis: string }>; municipality: { names: { nl: string }; policeZone: { id: string; name: string } | null }; flanders: { organisations: { totalCount: number } } } | null;
  errors?: Array<{ message: string; extensions?: { code?: string; subgraph?: string } }>;
};

describe('the federal subgraph killed under load', () => {
  let hub: TestHub;
  let proxy: StoppableProxy;
  let server: ListeningServer;
  let stopGateway: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    hub = await startTestHub();
    proxy = await startStoppableProxy(hub.subgraphUrls.federal!);
    const gateway = createGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls: { ...hub.subgraphUrls, federal: `${proxy.url}/graphql` },
      logger: createLogger({ service: 'test', level: 'silent' }),
      development: false,
      authentication: createDevelopmentAuthentication(),
      // What a fetch does while a subgraph is down: an answer from the response cache makes no fetch (during an outage a cached
      // answer is served until it expires, RESPONSE_CACHE_TTL_SECONDS; gateway/src/response-cache.test.ts). Deduplication stays on.
      responseCache: { ttlSeconds: 0, maxMegabytes: 1 },
      resilience: { timeoutMs: TIMEOUT_MS, failureThreshold: 3, halfOpenAfterMs: 1_000 },
    });
    await gateway.start();
    stopGateway = () => gateway.stop();
    server = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    url = `${server.url}/graphql`;
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await stopGateway?.();
    await proxy?.stop().catch(() => undefined);
    await hub?.close();
  });

  const ask = async () => {
    const started = Date.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    return { status: response.status, body: (await response.json()) as Body, ms: Date.now() - started };
  };

  it('answers the other levels\' fields quickly throughout, the federal ones with SUBGRAPH_UNAVAILABLE, and recovers after the restart', async () => {
    const before = await ask();
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.municipality.policeZone).not.toBeNull();
    const policeZone = before.body.data?.municipality.policeZone;
    const organisations = before.body.data?.flanders.organisations.totalCount;

    const results: Array<Awaited<ReturnType<typeof ask>>> = [];
    const started = Date.now();
    let restarted = false;
    let recoveredAt: number | undefined;
    const worker = async () => {
      // Bounded: at most 30 s, and stops 1 s after the first complete answer following the restart.
      while (Date.now() - started < 30_000 && !(recoveredAt && Date.now() - recoveredAt > 1_000)) {
        const result = await ask();
        results.push(result);
        if (restarted && !result.body.errors) recoveredAt ??= Date.now();
      }
    };
    const load = Promise.all([worker(), worker(), worker()]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await proxy.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await proxy.start();
    restarted = true;
    await load;

    expect(recoveredAt).toBeDefined();
    for (const { status, body } of results) {
      expect(status).toBe(200);
      expect(body.data?.provinces).toHaveLength(10);
      expect(body.data?.municipality.names.nl).toBe('Aalst');
      expect(body.data?.flanders.organisations.totalCount).toBe(organisations);
      if (body.errors) {
        expect(body.data?.municipality.policeZone).toBeNull();
        expect(body.errors.map((error) => [error.extensions?.code, error.extensions?.subgraph])).toEqual([['SUBGRAPH_UNAVAILABLE', 'federal']]);
      } else {
        expect(body.data?.municipality.policeZone).toEqual(policeZone);
      }
    }
    expect(results.filter((result) => result.body.errors).length).toBeGreaterThan(0);
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(TIMEOUT_MS);
    expect(results.at(-1)?.body.errors).toBeUndefined();
  });
});
