import { createGateway } from '@cohesion/gateway';
import { createDevelopmentAuthentication, createLogger, listen, type ListeningServer } from '@cohesion/kit';
import { startStoppableProxy, type StoppableProxy } from '@cohesion/kit/testing/stoppable-proxy';
import { loadSupergraph } from '@cohesion/schema';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// Every level root and a municipality's extension fields from every level in one operation. The roots and the
// extension fields are nullable, so one level stopped costs only its own fields.
const QUERY = `{
  provinces { nis }
  federal { organisations(first: 1) { totalCount } }
  flanders { organisations(first: 1) { totalCount } }
  euPartners { organisations(first: 1) { totalCount } }
  walloniaBrussels { organisations(first: 1) { totalCount } }
  municipality(nis: "21004") { names { nl } mobileTeamVisits { date } coachingTrajectories { id } euProjects { name } }
}`;

// The Query root field and the Municipality extension fields each level answers in QUERY.
const LEVEL_FIELDS: Record<string, { root: string; municipality: string[] }> = {
  federal: { root: 'federal', municipality: ['mobileTeamVisits'] },
  flanders: { root: 'flanders', municipality: ['coachingTrajectories'] },
  'eu-partners': { root: 'euPartners', municipality: ['euProjects'] },
  'wallonia-brussels': { root: 'walloniaBrussels', municipality: [] },
};

type Body = { data?: Record<string, unknown> | null; errors?: Array<{ path?: Array<string | number>; extensions?: { code?: string; subgraph?: string } }> };

describe('one level subgraph stopped', () => {
  let hub: TestHub;
  const proxies: Record<string, StoppableProxy> = {};
  let server: ListeningServer;
  let stopGateway: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const subgraphUrls = { ...hub.subgraphUrls };
    for (const name of Object.keys(LEVEL_FIELDS)) {
      proxies[name] = await startStoppableProxy(hub.subgraphUrls[name]!);
      subgraphUrls[name] = `${proxies[name].url}/graphql`;
    }
    const gateway = createGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls,
      logger: createLogger({ service: 'test', level: 'silent' }),
      development: false,
      authentication: createDevelopmentAuthentication(),
      // What a fetch does while a subgraph is down: an answer from the response cache makes no fetch (during an outage a cached
      // answer is served until it expires, RESPONSE_CACHE_TTL_SECONDS; gateway/src/response-cache.test.ts). Deduplication stays on.
      responseCache: { ttlSeconds: 0, maxMegabytes: 1 },
      // A threshold no test reaches: each stop is seen as refused connections, not as an open circuit.
      resilience: { timeoutMs: 3_000, failureThreshold: 1_000, halfOpenAfterMs: 1_000 },
    });
    await gateway.start();
    stopGateway = () => gateway.stop();
    server = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    url = `${server.url}/graphql`;
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await stopGateway?.();
    for (const proxy of Object.values(proxies)) await proxy.stop().catch(() => undefined);
    await hub?.close();
  });

  const ask = async (): Promise<Body> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(response.status).toBe(200);
    return (await response.json()) as Body;
  };

  it.each(Object.keys(LEVEL_FIELDS))('with %s stopped, every other level answers and only its fields carry errors', async (stopped) => {
    const complete = await ask();
    expect(complete.errors).toBeUndefined();
    await proxies[stopped]!.stop();
    let partial: Body;
    try {
      partial = await ask();
    } finally {
      await proxies[stopped]!.start();
    }
    const data = partial.data as Record<string, unknown>;
    const municipality = data.municipality as Record<string, unknown>;
    const full = complete.data as Record<string, unknown>;
    const fullMunicipality = full.municipality as Record<string, unknown>;
    expect(data.provinces).toEqual(full.provinces);
    expect(municipality.names).toEqual(fullMunicipality.names);
    for (const [name, fields] of Object.entries(LEVEL_FIELDS)) {
      if (name === stopped) {
        expect(data[fields.root]).toBeNull();
        for (const field of fields.municipality) expect(municipality[field]).toBeNull();
      } else {
        expect(data[fields.root]).toEqual(full[fields.root]);
        for (const field of fields.municipality) expect(municipality[field]).toEqual(fullMunicipality[field]);
      }
    }
    expect(partial.errors?.length).toBeGreaterThan(0);
    for (const error of partial.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: stopped });
    }
  });
});
