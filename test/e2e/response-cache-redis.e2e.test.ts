import { spawnSync } from 'node:child_process';
import { createGateway, type Gateway } from '@cohesion/gateway';
import { createDevelopmentAuthentication, createLogger, listen, ROLES, signDevelopmentToken } from '@cohesion/kit';
import { loadSupergraph } from '@cohesion/schema';
import { Redis } from 'ioredis';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// Two gateways sharing one Redis for their response cache (REDIS_URL), as two workers or replicas do: an answer one
// made is served by the other, a mutation relayed by one invalidates for both, an answer with a protected field is never
// kept; a gateway whose Redis does not answer still answers every request, from its own memory.
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const redisAnswers = () => {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `const s=require('node:net').connect(${Number(port || 6379)},${JSON.stringify(hostname)},()=>s.write('PING\\r\\n'));s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),1500)`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3_000 }).status === 0;
};
const REDIS_UP = redisAnswers();
if (!REDIS_UP) console.warn(`shared response cache test skipped: no Redis answers at ${REDIS_URL} (set REDIS_TEST_URL)`);
const describeRedis = REDIS_UP ? describe : describe.skip;

// Nothing listens here (this helper's port range): a Redis that is down.
const NO_REDIS_URL = 'redis://127.0.0.1:47199';

type Answer = { status: number; age: string | null; body: { data?: Record<string, unknown> | null; errors?: unknown[] } };
async function post(url: string, query: string, options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, age: response.headers.get('age'), body: (await response.json()) as Answer['body'] };
}

async function roleHeaders(role: keyof typeof ROLES): Promise<Record<string, string>> {
  const { scopes, jurisdictions, organisation } = ROLES[role];
  return { authorization: `Bearer ${await signDevelopmentToken({ subject: `perf-workers-${role}`, scopes: [...scopes], jurisdictions: [...jurisdictions], organisation })}` };
}

describeRedis('the response cache shared through Redis by two gateways', () => {
  const prefix = `perf-workers:response-cache-test:${Date.now().toString(36)}:`;
  const settings = { ttlSeconds: 30, maxMegabytes: 16, redisUrl: REDIS_URL, redisKeyPrefix: prefix };
  let hub: TestHub;
  let second: { gateway: Gateway; url: string; close(): Promise<void> };
  let redis: Redis;

  const startGateway = async (responseCache: typeof settings) => {
    const gateway = createGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls: hub.subgraphUrls,
      logger: createLogger({ service: 'test', level: 'silent' }),
      authentication: createDevelopmentAuthentication(),
      development: false,
      responseCache,
    });
    await gateway.start();
    const server = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    return { gateway, url: `${server.url}/graphql`, close: async () => (await server.close(), await gateway.stop()) };
  };
  const storedEntries = async () => (await redis.keys(`${prefix}entry:*`)).length;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    hub = await startTestHub({ gateway: { responseCache: settings } });
    second = await startGateway(settings);
  }, 60_000);
  afterAll(async () => {
    await second?.close();
    await hub?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('serves an answer one gateway made from the other, with its age', async () => {
    const query = '{ provinces { nis names { nl } } }';
    const made = await post(hub.url, query);
    expect(made.status).toBe(200);
    expect(made.age).toBeNull();
    expect(await storedEntries()).toBe(1);
    const shared = await post(second.url, query);
    expect(shared.age).toMatch(/^\d+$/);
    expect(shared.body).toEqual(made.body);
  });

  it('answers the other gateway\'s next query with what a mutation relayed by one wrote', async () => {
    const read = '{ flanders { regionalPlatforms { nodes { id version timesPerYear } } } }';
    type Platforms = { flanders: { regionalPlatforms: { nodes: Array<{ id: string; version: number; timesPerYear: number | null }> } } };
    const before = await post(hub.url, read);
    const platform = (before.body.data as Platforms).flanders.regionalPlatforms.nodes[0]!;
    const cached = await post(second.url, read);
    expect(cached.age).toMatch(/^\d+$/);
    const written = await post(hub.url, 'mutation ($input: UpdateFlemishNetworkInput!) { updateFlemishNetwork(input: $input) { userErrors { code message } } }', {
      variables: { input: { id: platform.id, expectedVersion: platform.version, timesPerYear: (platform.timesPerYear ?? 0) + 3 } },
      headers: await roleHeaders('regional-coordinator'),
    });
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data).toEqual({ updateFlemishNetwork: { userErrors: [] } });
    const after = await post(second.url, read);
    expect(after.age).toBeNull();
    expect((after.body.data as Platforms).flanders.regionalPlatforms.nodes[0]).toEqual({ id: platform.id, version: platform.version + 1, timesPerYear: (platform.timesPerYear ?? 0) + 3 });
    // And the new answer is shared again.
    expect((await post(hub.url, read)).age).toMatch(/^\d+$/);
  });

  it('never keeps an answer with a protected field', async () => {
    const query = '{ municipality(nis: "41002") { nis livcrCell { coordinator { email } } } }';
    const headers = await roleHeaders('federal');
    const entries = await storedEntries();
    for (const url of [hub.url, second.url, hub.url]) {
      const answer = await post(url, query, { headers });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.municipality).toMatchObject({ nis: '41002' });
      expect(answer.age).toBeNull();
    }
    expect(await storedEntries()).toBe(entries);
  });

  it('answers every request when its Redis is down, from its own memory', async () => {
    const alone = await startGateway({ ...settings, redisUrl: NO_REDIS_URL });
    try {
      const query = '{ provinces { nis } }';
      const first = await post(alone.url, query);
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(first.age).toBeNull();
      const again = await post(alone.url, query);
      expect(again.status).toBe(200);
      expect(again.age).toMatch(/^\d+$/);
      const mutation = await post(alone.url, 'mutation ($input: UpdateFlemishNetworkInput!) { updateFlemishNetwork(input: $input) { userErrors { code } } }', {
        variables: { input: { id: 'no-such-platform', expectedVersion: 1 } },
        headers: await roleHeaders('regional-coordinator'),
      });
      expect(mutation.status).toBe(200);
      expect((await post(alone.url, query)).age).toBeNull();
    } finally {
      await alone.close();
    }
  });
});
