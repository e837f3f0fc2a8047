import { signDevelopmentToken } from '@cohesion/kit';
import { SignJWT } from 'jose';
import { startAuthorizationTestGraph, type AuthorizationTestGraph } from './testing/authorization-test-graph';

// Subgraphs are kit services: these tests call them directly, as a caller who bypasses the gateway would.
type Body = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };

async function post(url: string, query: string, options: { token?: string; authorization?: string; variables?: Record<string, unknown> } = {}) {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Town { population budget } } }`;
const representations = [{ __typename: 'Town', id: '1' }];

describe('a subgraph called directly (test environment)', () => {
  let graph: AuthorizationTestGraph;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
  });
  afterAll(() => graph.close());

  it('enforces @requiresScopes itself: null and UNAUTHORIZED_FIELD_OR_TYPE without the scope', async () => {
    const { body } = await post(graph.subgraphUrls.towns!, `{ town(id: "1") { name mayor { name } } }`);
    expect(body.data).toEqual({ town: { name: 'Alphaville', mayor: null } });
    expect(body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['town', 'mayor'], 'UNAUTHORIZED_FIELD_OR_TYPE']]);
    const allowed = await post(graph.subgraphUrls.towns!, `{ town(id: "1") { mayor { name } } }`, { token: await signDevelopmentToken({ subject: 'x', scopes: ['contacts:read'] }) });
    expect(allowed.body).toEqual({ data: { town: { mayor: { name: 'Ada' } } } });
  });

  it('enforces a type-level @policy and @authenticated on every field of the type, also through an interface', async () => {
    const { body } = await post(graph.subgraphUrls.towns!, `{ town(id: "1") { cell { id } } things { id } }`);
    expect(body.data).toEqual({ town: { cell: null }, things: [{ id: 't1' }, null] });
    expect(body.errors?.map((error) => error.path)).toEqual([
      ['town', 'cell'],
      ['things', 1, 'id'],
    ]);
  });

  it('never reveals a protected entity field through _entities without the right token', async () => {
    const anonymous = await post(graph.subgraphUrls.budgets!, ENTITIES, { variables: { representations } });
    expect(anonymous.body.data).toEqual({ _entities: [{ population: 1000, budget: null }] });
    expect(anonymous.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['_entities', 0, 'budget'], 'UNAUTHORIZED_FIELD_OR_TYPE']]);
    const wrongScope = await post(graph.subgraphUrls.budgets!, ENTITIES, { variables: { representations }, token: await signDevelopmentToken({ subject: 'x', scopes: ['contacts:read'] }) });
    expect(wrongScope.body.data).toEqual({ _entities: [{ population: 1000, budget: null }] });
    const regional = await post(graph.subgraphUrls.budgets!, ENTITIES, { variables: { representations }, token: await signDevelopmentToken({ subject: 'x', scopes: ['regional:read'] }) });
    expect(regional.body).toEqual({ data: { _entities: [{ population: 1000, budget: 1_000_000 }] } });
  });

  it('answers every bad token with 401, a GraphQL-shaped UNAUTHENTICATED error and WWW-Authenticate', async () => {
    const expired = await signDevelopmentToken({ subject: 'x', expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    const wrongAudience = await signDevelopmentToken({ subject: 'x', audience: 'elsewhere' });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    const hs256 = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('5m').sign(new TextEncoder().encode('a-shared-secret-of-32-characters!'));
    for (const [authorization, reason] of [
      ['Bearer nonsense', 'MALFORMED'],
      ['Token abc', 'MALFORMED'],
      [`Bearer ${unsigned}`, 'UNSUPPORTED_ALGORITHM'],
      [`Bearer ${hs256}`, 'UNSUPPORTED_ALGORITHM'],
      [`Bearer ${expired}`, 'EXPIRED'],
      [`Bearer ${wrongAudience}`, 'WRONG_AUDIENCE'],
    ] as const) {
      const { status, headers, body } = await post(graph.subgraphUrls.towns!, `{ town(id: "1") { name } }`, { authorization });
      expect({ authorization, status, reason: body.errors?.[0]?.extensions?.reason, code: body.errors?.[0]?.extensions?.code }).toEqual({
        authorization,
        status: 401,
        reason,
        code: 'UNAUTHENTICATED',
      });
      expect(headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
      expect(body.data).toBeUndefined();
    }
  });

  it('answers introspection to verified callers only outside development', async () => {
    const anonymous = await post(graph.subgraphUrls.towns!, `{ __schema { queryType { name } } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const verified = await post(graph.subgraphUrls.towns!, `{ __schema { queryType { name } } }`, { token: await signDevelopmentToken({ subject: 'x' }) });
    expect(verified.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await post(graph.subgraphUrls.towns!, `{ __typename }`)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('names no field in its validation errors', async () => {
    const { body } = await post(graph.subgraphUrls.towns!, `{ town(id: "1") { mayr } }`);
    expect(body.errors?.[0]?.message).toBe('Cannot query field "mayr" on type "Town".');
  });
});

describe('a subgraph called directly in production', () => {
  let graph: AuthorizationTestGraph;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph({ production: true });
  });
  afterAll(() => graph.close());

  it('refuses _entities and _service to anonymous callers', async () => {
    const entities = await post(graph.subgraphUrls.budgets!, ENTITIES, { variables: { representations } });
    expect(entities.body.data).toBeNull();
    expect(entities.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const service = await post(graph.subgraphUrls.towns!, `{ _service { sdl } }`);
    expect(service.body.data).toBeNull();
    expect(service.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers _entities to a verified caller, still without the fields its token does not cover', async () => {
    const { body } = await post(graph.subgraphUrls.budgets!, ENTITIES, { variables: { representations }, token: await signDevelopmentToken({ subject: 'gateway' }) });
    expect(body.data).toEqual({ _entities: [{ population: 1000, budget: null }] });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    const sdl = await post(graph.subgraphUrls.towns!, `{ _service { sdl } }`, { token: await signDevelopmentToken({ subject: 'gateway' }) });
    expect((sdl.body.data as { _service: { sdl: string } })._service.sdl).toContain('type Town');
  });
});
