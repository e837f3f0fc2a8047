import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@cohesion/kit';
import { startAuthorizationTestGraph, startTestGateway, type AuthorizationTestGraph, type TestGateway } from './authorization/testing/authorization-test-graph';
import { DEFAULT_RATE_LIMIT } from './config';
import { type RateLimitOptions } from './rate-limit';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING at REDIS_URL, asked synchronously so that the Redis tests can be skipped up front. */
function redisAnswers(): boolean {
  const { hostname, port } = new URL(REDIS_URL);
  const script = `const s=require('net').connect(${Number(port || 6379)},${JSON.stringify(hostname)});s.setTimeout(1000,()=>process.exit(1));s.on('error',()=>process.exit(1));s.on('data',(d)=>process.exit(String(d).startsWith('+PONG')?0:1));s.write('PING\\r\\n');`;
  try {
    execFileSync(process.execPath, ['-e', script], { timeout: 3_000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// `{ __typename }` is answered by the gateway itself: the tests measure the limit, not the subgraphs.
const QUERY = '{ __typename }';

async function burst(gateways: TestGateway[], count: number, token?: string) {
  return Promise.all(
    Array.from({ length: count }, (_, index) => gateways[index % gateways.length]!.query(QUERY, token ? { token } : {})),
  );
}

describe('rate limit per caller', () => {
  let graph: AuthorizationTestGraph;
  const gateways: TestGateway[] = [];
  const start = async (rateLimit: RateLimitOptions) => {
    const gateway = await startTestGateway(graph, { rateLimit });
    gateways.push(gateway);
    return gateway;
  };
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await graph.close();
  });

  it('answers the requests of a burst of 200 from one anonymous client beyond the limit with 429, Retry-After and RATE_LIMITED', async () => {
    const gateway = await start({ ...DEFAULT_RATE_LIMIT, keyPrefix: `test:${randomUUID()}` });
    const responses = await burst([gateway], 200);
    const refused = responses.filter((response) => response.status === 429);
    expect(responses.filter((response) => response.status === 200)).toHaveLength(DEFAULT_RATE_LIMIT.requests);
    expect(refused).toHaveLength(200 - DEFAULT_RATE_LIMIT.requests);
    for (const response of refused) {
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(DEFAULT_RATE_LIMIT.windowSeconds);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
      expect(response.body.errors?.[0]?.message).toMatch(/at most 100 requests every 10 s per caller/);
    }
  });

  it('counts a verified caller by the token\'s subject, apart from the anonymous budget of its address', async () => {
    const gateway = await start({ requests: 5, windowSeconds: 60, keyPrefix: `test:${randomUUID()}` });
    const ann = await signDevelopmentToken({ subject: 'ann' });
    const bob = await signDevelopmentToken({ subject: 'bob' });
    expect((await burst([gateway], 6)).map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await burst([gateway], 6, ann)).filter((response) => response.status === 200)).toHaveLength(5);
    expect((await gateway.query(QUERY, { token: bob })).status).toBe(200);
    // A new token of the same subject shares its budget.
    expect((await gateway.query(QUERY, { token: await signDevelopmentToken({ subject: 'ann', scopes: ['contacts:read'] }) })).status).toBe(429);
  });

  it('gives each gateway its own budget without Redis', async () => {
    const options = { requests: 20, windowSeconds: 60, keyPrefix: `test:${randomUUID()}` };
    const pair = [await start(options), await start(options)];
    expect((await burst(pair, 40)).filter((response) => response.status === 200)).toHaveLength(40);
  });

  (redisAnswers() ? describe : describe.skip)(`through Redis (${REDIS_URL}; skipped when no Redis answers there)`, () => {
    it('shares one budget between two gateways', async () => {
      const options = { requests: 20, windowSeconds: 60, keyPrefix: `test:${randomUUID()}`, redisUrl: REDIS_URL };
      const pair = [await start(options), await start(options)];
      const responses = await burst(pair, 40);
      expect(responses.filter((response) => response.status === 200)).toHaveLength(20);
      expect(responses.filter((response) => response.status === 429)).toHaveLength(20);
    });
  });
});
