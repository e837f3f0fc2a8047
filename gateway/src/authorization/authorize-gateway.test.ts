import { ApolloGateway } from '@apollo/gateway';
import { createDevelopmentAuthentication, createLogger, signDevelopmentToken } from '@cohesion/kit';
import { createGateway } from '../gateway';
import { AuthorizationNotEnforcedError } from './authorize-gateway';
import { readSupergraphSecurity, UnsupportedSecurityFeatureError } from './supergraph-security';
import { startAuthorizationTestGraph, startTestGateway, type AuthorizationTestGraph, type TestGateway } from './testing/authorization-test-graph';

const token = (scopes: string[], extra: { organisation?: string } = {}) =>
  signDevelopmentToken({ subject: `test-${scopes.join('-') || 'none'}`, scopes, jurisdictions: ['BE'], ...extra });
const codes = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined) => (errors ?? []).map((error) => error.extensions?.code);

describe('field-level authorisation at the gateway (filter mode)', () => {
  let graph: AuthorizationTestGraph;
  let gateway: TestGateway;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
    gateway = await startTestGateway(graph);
  });
  afterAll(async () => {
    await gateway.close();
    await graph.close();
  });
  beforeEach(() => {
    graph.requests.length = 0;
  });

  it('answers an anonymous caller null and one UNAUTHORIZED_FIELD_OR_TYPE error at the protected field, and never asks a subgraph for it', async () => {
    const { status, body } = await gateway.query(`{ town(id: "1") { name mayor { name email } } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ town: { name: 'Alphaville', mayor: null } });
    expect(body.errors).toEqual([{ message: 'Unauthorized field or type: Town.mayor.', path: ['town', 'mayor'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }]);
    expect(graph.requests.map((request) => request.query).join('\n')).not.toMatch(/mayor|email/);
    expect(graph.requests.length).toBeGreaterThan(0);
  });

  it('gives the field to a caller with the required scope, and forwards the caller\'s bearer token to the subgraph', async () => {
    const contacts = await token(['contacts:read']);
    const { body } = await gateway.query(`{ town(id: "1") { name mayor { name email } } }`, { token: contacts });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ town: { name: 'Alphaville', mayor: { name: 'Ada', email: 'ada@example.invalid' } } });
    expect(graph.requests.map((request) => request.authorization)).toEqual(graph.requests.map(() => `Bearer ${contacts}`));
  });

  it('reads @requiresScopes as an OR of ANDs', async () => {
    const query = `{ town(id: "1") { staff { email phone } } }`;
    const national = await gateway.query(query, { token: await token(['national:read']) });
    expect(national.body.data).toEqual({ town: { staff: [{ email: 'sam@example.invalid', phone: null }, { email: 'sue@example.invalid', phone: null }] } });
    expect(national.body.errors?.map((error) => error.path)).toEqual([
      ['town', 'staff', 0, 'phone'],
      ['town', 'staff', 1, 'phone'],
    ]);
    const onlyContacts = await gateway.query(query, { token: await token(['contacts:read']) });
    expect(onlyContacts.body.errors?.map((error) => error.path)).toEqual([
      ['town', 'staff', 0, 'phone'],
      ['town', 'staff', 1, 'phone'],
    ]);
    const both = await gateway.query(query, { token: await token(['contacts:read', 'cells:read']) });
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data).toEqual({ town: { staff: [{ email: 'sam@example.invalid', phone: '+32 0 000 00 00' }, { email: 'sue@example.invalid', phone: '+32 0 000 00 00' }] } });
  });

  it('lets any verified caller read an @authenticated field, and no anonymous one', async () => {
    const anonymous = await gateway.query(`{ secretNote }`);
    expect(anonymous.body).toEqual({
      data: { secretNote: null },
      errors: [{ message: 'Unauthorized field or type: Query.secretNote.', path: ['secretNote'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }],
    });
    const verified = await gateway.query(`{ secretNote }`, { token: await token([]) });
    expect(verified.body).toEqual({ data: { secretNote: 'the note' } });
  });

  it('protects a field whose return type carries @policy, evaluating the policy from the token\'s claims', async () => {
    const query = `{ town(id: "1") { name cell { meetings } } }`;
    const withoutOrganisation = await gateway.query(query, { token: await token(['contacts:read']) });
    expect(withoutOrganisation.body.data).toEqual({ town: { name: 'Alphaville', cell: null } });
    expect(codes(withoutOrganisation.body.errors)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    const member = await gateway.query(query, { token: await token([], { organisation: 'Stad Aalst' }) });
    expect(member.body).toEqual({ data: { town: { name: 'Alphaville', cell: { meetings: 4 } } } });
  });

  it('propagates the null of a removed non-null field to its nearest nullable parent', async () => {
    const { body } = await gateway.query(`{ town(id: "2") { name officer { name } } }`);
    expect(body.data).toEqual({ town: null });
    expect(body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['town', 'officer'], 'UNAUTHORIZED_FIELD_OR_TYPE']]);
  });

  it('puts one error at every list item the removed field would have appeared in', async () => {
    const { body } = await gateway.query(`{ towns { name mayor { name } } }`);
    expect(body.data).toEqual({ towns: [{ name: 'Alphaville', mayor: null }, { name: 'Betatown', mayor: null }] });
    expect(body.errors?.map((error) => error.path)).toEqual([
      ['towns', 0, 'mayor'],
      ['towns', 1, 'mayor'],
    ]);
  });

  it('removes protected fields inside named and inline fragments, under their aliases', async () => {
    const { body } = await gateway.query(`
      query Fragments { town(id: "1") { ...TownParts ... on Town { boss: mayor { name } } } }
      fragment TownParts on Town { name mayor { email } }
    `);
    expect(body.data).toEqual({ town: { name: 'Alphaville', mayor: null, boss: null } });
    expect(body.errors?.map((error) => error.path)).toEqual([
      ['town', 'mayor'],
      ['town', 'boss'],
    ]);
    expect(graph.requests.map((request) => request.query).join('\n')).not.toMatch(/mayor|email/);
  });

  it('removes a fragment on a protected union member, answering null only on objects of that type', async () => {
    const { body } = await gateway.query(`{ search { ... on Town { name } ... on SecretThing { code } } }`);
    expect(body.data).toEqual({ search: [{ name: 'Alphaville' }, { code: null }] });
    expect(body.errors?.map((error) => [error.path, error.message])).toEqual([[['search', 1, 'code'], 'Unauthorized field or type: SecretThing.']]);
    expect(graph.requests.map((request) => request.query).join('\n')).not.toMatch(/code/);
    const verified = await gateway.query(`{ search { ... on Town { name } ... on SecretThing { code } } }`, { token: await token([]) });
    expect(verified.body).toEqual({ data: { search: [{ name: 'Alphaville' }, { code: 'XYZZY' }] } });
  });

  it('protects a field returning an interface that composition marked protected because an implementation is', async () => {
    const { body } = await gateway.query(`{ things { label } }`);
    expect(body).toEqual({
      data: { things: null },
      errors: [{ message: 'Unauthorized field or type: Query.things.', path: ['things'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }],
    });
    const verified = await gateway.query(`{ things { label } }`, { token: await token([]) });
    expect(verified.body).toEqual({ data: { things: [{ label: 'public' }, { label: 'secret' }] } });
  });

  it('never asks the subgraph that owns a protected entity field for it', async () => {
    const { body } = await gateway.query(`{ town(id: "2") { name population budget } }`);
    expect(body.data).toEqual({ town: { name: 'Betatown', population: 2000, budget: null } });
    expect(body.errors?.map((error) => error.path)).toEqual([['town', 'budget']]);
    expect(graph.requests.filter((request) => request.subgraph === 'budgets').map((request) => request.query).join('\n')).not.toContain('budget');
    const regional = await gateway.query(`{ town(id: "2") { budget } }`, { token: await token(['regional:read']) });
    expect(regional.body).toEqual({ data: { town: { budget: 2_000_000 } } });
  });

  it('reports nothing for a protected field the operation skips', async () => {
    const { body } = await gateway.query(`query ($hide: Boolean!) { town(id: "1") { name mayor @skip(if: $hide) { name } } }`, { variables: { hide: true } });
    expect(body).toEqual({ data: { town: { name: 'Alphaville' } } });
  });

  it('plans the same operation text separately for callers who may see different fields', async () => {
    const query = `{ town(id: "1") { mayor { name } } }`;
    const contacts = await token(['contacts:read']);
    expect((await gateway.query(query, { token: contacts })).body).toEqual({ data: { town: { mayor: { name: 'Ada' } } } });
    expect((await gateway.query(query)).body.data).toEqual({ town: { mayor: null } });
    expect((await gateway.query(query, { token: contacts })).body).toEqual({ data: { town: { mayor: { name: 'Ada' } } } });
  });

  it('hides field suggestions that could name a protected field', async () => {
    const { status, body } = await gateway.query(`{ town(id: "1") { mayr } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('Cannot query field "mayr"');
    expect(body.errors?.[0]?.message).not.toContain('mayor');
  });
});

describe('reject mode', () => {
  let graph: AuthorizationTestGraph;
  let gateway: TestGateway;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
    gateway = await startTestGateway(graph, { authorizationMode: 'reject' });
  });
  afterAll(async () => {
    await gateway.close();
    await graph.close();
  });

  it('refuses the whole operation with HTTP 403, no data and one error per unauthorised selection, asking no subgraph', async () => {
    graph.requests.length = 0;
    const { status, body } = await gateway.query(`{ town(id: "1") { name mayor { name } budget } }`);
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => [error.extensions?.code, error.extensions?.path])).toEqual([
      ['UNAUTHORIZED_FIELD_OR_TYPE', ['town', 'mayor']],
      ['UNAUTHORIZED_FIELD_OR_TYPE', ['town', 'budget']],
    ]);
    expect(graph.requests).toEqual([]);
  });

  it('runs an operation the caller may read in full', async () => {
    const { status, body } = await gateway.query(`{ town(id: "1") { name mayor { name } } }`, { token: await token(['contacts:read']) });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { town: { name: 'Alphaville', mayor: { name: 'Ada' } } } });
  });
});

describe('fail closed', () => {
  let graph: AuthorizationTestGraph;
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph();
  });
  afterAll(() => graph.close());
  const logger = createLogger({ service: 'test', level: 'silent' });

  it('reads the security requirements from the composed supergraph and removes them from what @apollo/gateway gets', () => {
    const security = readSupergraphSecurity(graph.supergraphSdl);
    expect(security.hasSecurityFeatures).toBe(true);
    expect([...security.requirements.fields.keys()].sort()).toEqual(['Person.email', 'Person.phone', 'Query.secretNote', 'Town.budget', 'Town.mayor', 'Town.officer']);
    // Composition carries an implementation's requirement up to its interface.
    expect([...security.requirements.types.keys()].sort()).toEqual(['Cell', 'SecretThing', 'Thing']);
    expect(security.executableSupergraphSdl).not.toMatch(/for: SECURITY|@authenticated|@requiresScopes|@policy|requiresScopes__Scope/);
  });

  it('is needed: @apollo/gateway alone refuses a supergraph with security directives', async () => {
    const gateway = new ApolloGateway({ supergraphSdl: graph.supergraphSdl, logger });
    await expect(gateway.load()).rejects.toThrow(/for: SECURITY but is unsupported/);
  });

  it('refuses to start when enforcement is disabled on a supergraph that carries security directives', () => {
    expect(() => createGateway({ supergraphSdl: graph.supergraphSdl, logger, development: false, authentication: createDevelopmentAuthentication(), authorizationMode: 'disabled' })).toThrow(AuthorizationNotEnforcedError);
  });

  it('refuses a supergraph that links a security feature it cannot enforce', () => {
    const unknown = graph.supergraphSdl.replace(
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)\n  @link(url: "https://example.org/tenancy/v1.0", for: SECURITY)',
    );
    expect(unknown).not.toBe(graph.supergraphSdl);
    expect(() => createGateway({ supergraphSdl: unknown, logger, development: false, authentication: createDevelopmentAuthentication() })).toThrow(UnsupportedSecurityFeatureError);
  });
});
