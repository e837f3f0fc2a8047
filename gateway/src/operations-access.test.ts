import { createDevelopmentAuthentication, createLogger, listen, type ListeningServer } from '@cohesion/kit';
import { startAuthorizationTestGraph, type AuthorizationTestGraph } from './authorization/testing/authorization-test-graph';
import { createGateway, type Gateway } from './gateway';
import { type OperationsAccessOptions } from './operations-access';

const TOKEN = 'an-operations-token-for-tests';

describe('the operations surface: /metrics and the details of /ready', () => {
  let graph: AuthorizationTestGraph;
  const closing: Array<() => Promise<void>> = [];
  const start = async (operations: OperationsAccessOptions) => {
    const gateway: Gateway = createGateway({
      supergraphSdl: graph.supergraphSdl,
      subgraphUrls: graph.subgraphUrls,
      logger: createLogger({ service: 'test', level: 'silent' }),
      development: false,
      authentication: createDevelopmentAuthentication(),
      operations,
    });
    await gateway.start();
    const api: ListeningServer = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    const operationsPort: ListeningServer = await listen(gateway.operationsApp, { port: 0, host: '127.0.0.1' });
    closing.push(async () => {
      await api.close();
      await operationsPort.close();
      await gateway.stop();
    });
    return { api: api.url, operations: operationsPort.url };
  };
  const get = async (url: string, token?: string) => {
    const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
  });
  afterAll(async () => {
    for (const close of closing) await close();
    await graph.close();
  });

  it('answers /metrics with 401 in production without a configured token, and keeps /ready to its status', async () => {
    const { api } = await start({ production: true });
    const metrics = await get(`${api}/metrics`);
    expect(metrics.status).toBe(401);
    expect(JSON.parse(metrics.text)).toEqual({
      errors: [{ message: expect.stringMatching(/METRICS_TOKEN or scrape METRICS_PORT/), extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect((await get(`${api}/metrics`, 'anything-at-all-guessed')).status).toBe(401);
    const ready = await get(`${api}/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', service: 'gateway' });
  });

  it('opens /metrics and the details of /ready to the configured bearer token only', async () => {
    const { api } = await start({ production: true, token: TOKEN });
    expect((await get(`${api}/metrics`)).status).toBe(401);
    const wrong = await get(`${api}/metrics`, `${TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="operations"');
    const metrics = await get(`${api}/metrics`, TOKEN);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^# TYPE cohesion_gateway_operations_total counter$/m);
    expect(JSON.parse((await get(`${api}/ready`)).text)).toEqual({ status: 'ready', service: 'gateway' });
    expect(JSON.parse((await get(`${api}/ready`, TOKEN)).text)).toEqual({
      status: 'ready',
      service: 'gateway',
      subgraphs: { towns: 'up', budgets: 'up' },
      circuits: { towns: 'closed', budgets: 'closed' },
    });
  });

  it('serves both, with details and without a token, on the operations port (METRICS_PORT)', async () => {
    const { operations } = await start({ production: true });
    expect((await get(`${operations}/metrics`)).text).toMatch(/^cohesion_gateway_subgraph_circuit_open\{subgraph="towns"\} 0$/m);
    expect(JSON.parse((await get(`${operations}/ready`)).text)).toMatchObject({ status: 'ready', subgraphs: { towns: 'up', budgets: 'up' } });
  });

  it('leaves both open outside production when no token is configured', async () => {
    const { api } = await start({ production: false });
    expect((await get(`${api}/metrics`)).status).toBe(200);
    expect(JSON.parse((await get(`${api}/ready`)).text)).toMatchObject({ subgraphs: { towns: 'up', budgets: 'up' } });
  });
});
