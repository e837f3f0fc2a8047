import { get as httpGet } from 'node:http';
import { signDevelopmentToken } from '@cohesion/kit';
import { startAuthorizationTestGraph, startTestGateway, type AuthorizationTestGraph, type TestGateway } from './authorization/testing/authorization-test-graph';

// Real subgraphs (towns, budgets) over HTTP through kit, recording every request they receive, behind a real gateway.
const PUBLIC = '{ towns { name population } }';
const PROTECTED = '{ towns { name mayor { name email } } }';

/** A GET by node:http: fetch marks every conditional request `Cache-Control: no-cache`, which forbids a 304. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; etag: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, etag: response.headers.etag, body }));
    }).on('error', reject);
  });
}

const token = (subject: string, scopes: string[], jurisdictions = ['BE']) => signDevelopmentToken({ subject, scopes, jurisdictions });

describe('the response cache', () => {
  let graph: AuthorizationTestGraph;
  let gateway: TestGateway;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
    // Subgraph deduplication off: every subgraph request counted here is one the cache did not save.
    gateway = await startTestGateway(graph, { responseCache: { ttlSeconds: 5, maxMegabytes: 8 }, deduplicateSubgraphFetches: false });
  });
  afterAll(async () => {
    await gateway.close();
    await graph.close();
  });
  const townsRequests = () => graph.requests.filter((request) => request.subgraph === 'towns');
  const fresh = (query: string) => `${query.slice(0, -1)} _fresh${Math.random().toString(36).slice(2)}: __typename }`;

  it('answers an identical anonymous query from the cache, with Age, ETag, public Cache-Control, and 304 to a GET with If-None-Match', async () => {
    const query = fresh(PUBLIC);
    const before = townsRequests().length;
    const first = await gateway.query(query);
    const second = await gateway.query(query);
    expect(second.body).toEqual(first.body);
    expect(first.body.errors).toBeUndefined();
    expect(townsRequests().length).toBe(before + 1);
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=[0-5]$/);
    const etag = second.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    // A GET (what a browser or a CDN revalidates) of the same operation: the same bytes, so the same ETag.
    const get = (headers: Record<string, string> = {}) => rawGet(`${gateway.url}?query=${encodeURIComponent(query)}`, { 'apollo-require-preflight': 'true', ...headers });
    const viaGet = await get();
    expect(viaGet.status).toBe(200);
    expect(viaGet.etag).toBe(etag);
    expect(JSON.parse(viaGet.body)).toEqual(first.body);
    expect(await get({ 'if-none-match': String(etag) })).toEqual({ status: 304, etag, body: '' });
    expect(townsRequests().length).toBe(before + 2);
  });

  it('keeps every caller apart: each token reaches the subgraph itself, concurrently too, and gets a private answer', async () => {
    const query = fresh(PUBLIC);
    const callers = await Promise.all([token('alice', ['contacts:read']), token('bob', ['national:read'], ['BE-VLG']), token('carol', [])]);
    const before = townsRequests().length;
    const answers = await Promise.all([...callers, ...callers, undefined, undefined].map((caller) => gateway.query(query, caller ? { token: caller } : {})));
    const seen = townsRequests().slice(before).map((request) => request.authorization);
    // One request per caller (three tokens and anonymous): nobody was answered with somebody else's answer.
    for (const caller of callers) expect(seen).toContain(`Bearer ${caller}`);
    expect(seen).toContain(undefined);
    expect(seen).toHaveLength(4);
    for (const [index, answer] of answers.entries()) {
      expect(answer.body.data).toEqual(answers[0]?.body.data);
      const anonymous = index >= callers.length * 2;
      expect(answer.headers.get('cache-control') ?? '').toMatch(anonymous ? /^public/ : /^private/);
    }
  });

  it('never caches an answer that selects a protected field: each read reaches the subgraph (and its audit)', async () => {
    const query = fresh(PROTECTED);
    const reader = await token('dora', ['contacts:read']);
    const before = townsRequests().length;
    const answers = [await gateway.query(query, { token: reader }), await gateway.query(query, { token: reader })];
    expect(townsRequests().length).toBe(before + 2);
    for (const answer of answers) {
      expect(answer.body.data?.towns).toEqual([{ name: 'Alphaville', mayor: { name: 'Ada', email: 'ada@example.invalid' } }, { name: 'Betatown', mayor: { name: 'Bob', email: 'bob@example.invalid' } }]);
      expect(answer.headers.get('age')).toBeNull();
      expect(answer.headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]/);
    }
  });

  it('never caches an anonymous answer that asked for a protected field (null with an error)', async () => {
    const query = fresh('{ towns { name mayor { name } } }');
    const before = townsRequests().length;
    const first = await gateway.query(query);
    const second = await gateway.query(query);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    expect(second.headers.get('age')).toBeNull();
    expect(townsRequests().length).toBe(before + 2);
  });

  it('makes the answer afresh for a caller who asks with Cache-Control: no-cache', async () => {
    const query = fresh(PUBLIC);
    const before = townsRequests().length;
    await gateway.query(query);
    const refreshed = await gateway.query(query, { headers: { 'cache-control': 'no-cache' } });
    expect(refreshed.headers.get('age')).toBeNull();
    expect(townsRequests().length).toBe(before + 2);
    expect((await gateway.query(query)).headers.get('age')).toMatch(/^\d+$/);
    expect(townsRequests().length).toBe(before + 2);
  });

  it('makes an answer once for identical queries arriving together', async () => {
    const query = fresh(PUBLIC);
    const before = townsRequests().length;
    const answers = await Promise.all(Array.from({ length: 12 }, () => gateway.query(query)));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(townsRequests().length).toBe(before + 1);
  });
});

describe('the response cache expires', () => {
  it('makes the answer again once its time is up (RESPONSE_CACHE_TTL_SECONDS), answering the previous one meanwhile', async () => {
    const graph = await startAuthorizationTestGraph();
    const gateway = await startTestGateway(graph, { responseCache: { ttlSeconds: 1, maxMegabytes: 8 } });
    try {
      await gateway.query(PUBLIC);
      await gateway.query(PUBLIC);
      expect(graph.requests.filter((request) => request.subgraph === 'towns')).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      // Past its time: the first request makes the answer again; one arriving meanwhile gets the previous one, not a wait.
      const [late, meanwhile] = await Promise.all([gateway.query(PUBLIC), gateway.query(PUBLIC)]);
      expect(late.headers.get('age')).toBeNull();
      expect(meanwhile.headers.get('age')).toMatch(/^[1-9]\d*$/);
      expect(meanwhile.headers.get('cache-control')).toBe('public, max-age=0');
      expect(meanwhile.body).toEqual(late.body);
      expect(graph.requests.filter((request) => request.subgraph === 'towns')).toHaveLength(2);
    } finally {
      await gateway.close();
      await graph.close();
    }
  });
});

describe('deduplication of in-flight subgraph fetches', () => {
  let graph: AuthorizationTestGraph;
  let gateway: TestGateway;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
    // Response cache off: what is shared here is shared by the subgraph fetcher alone.
    gateway = await startTestGateway(graph, { responseCache: { ttlSeconds: 0, maxMegabytes: 1 }, deduplicateSubgraphFetches: true });
  });
  afterAll(async () => {
    await gateway.close();
    await graph.close();
  });

  it('shares an identical query in flight between requests of the same caller, never between callers', async () => {
    const [alice, bob] = await Promise.all([token('alice', ['contacts:read']), token('bob', ['contacts:read'], ['BE-WAL'])]);
    const before = graph.requests.length;
    const answers = await Promise.all(Array.from({ length: 16 }, (_, index) => gateway.query(PUBLIC, { token: index % 2 ? alice : bob })));
    for (const answer of answers) expect(answer.body).toEqual({ data: { towns: [{ name: 'Alphaville', population: 1000 }, { name: 'Betatown', population: 2000 }] } });
    const towns = graph.requests.slice(before).filter((request) => request.subgraph === 'towns');
    expect(towns.map((request) => request.authorization).sort()).toEqual(expect.arrayContaining([`Bearer ${alice}`, `Bearer ${bob}`]));
    // Sixteen requests, at most a few fetches: shared per caller (how many depends on timing, never fewer than two).
    expect(towns.length).toBeGreaterThanOrEqual(2);
    expect(towns.length).toBeLessThan(16);
  });

  it('never shares a fetch that selects a protected field: every read of personal data reaches the subgraph', async () => {
    const reader = await token('erin', ['contacts:read']);
    const before = graph.requests.length;
    const answers = await Promise.all(Array.from({ length: 6 }, () => gateway.query(PROTECTED, { token: reader })));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    expect(graph.requests.slice(before).filter((request) => request.subgraph === 'towns')).toHaveLength(6);
  });
});

describe('the response cache with trusted documents', () => {
  it('caches the answer to a registered id apart from the same text, which an enforced caller is still refused', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const directory = mkdtempSync(path.join(tmpdir(), 'response-cache-documents-'));
    const id = 'towns-with-population';
    writeFileSync(path.join(directory, 'manifest.json'), JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id, body: PUBLIC, name: null, type: 'query' }] }));
    const graph = await startAuthorizationTestGraph();
    const gateway = await startTestGateway(graph, {
      responseCache: { ttlSeconds: 5, maxMegabytes: 8 },
      trustedDocuments: { modes: { anonymous: 'enforce', service: 'enforce', developer: 'off' }, developerScope: 'developer', directory },
    });
    try {
      const byId = () => fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: id }) });
      const first = await byId();
      const second = await byId();
      expect(first.status).toBe(200);
      expect(await second.json()).toEqual(await first.json());
      expect(second.headers.get('age')).toMatch(/^\d+$/);
      expect(graph.requests.filter((request) => request.subgraph === 'towns')).toHaveLength(1);
      const asText = await gateway.query(PUBLIC);
      expect(asText.status).toBe(400);
      expect(asText.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await gateway.close();
      await graph.close();
    }
  });
});
