import { subgraphUrlVariable } from '@cohesion/db/levels';
import { DEVELOPMENT_ISSUER, DEVELOPMENT_JWKS_PATH, signDevelopmentToken } from '@cohesion/kit';
import { badTokens } from '../support/bad-tokens';
import { runHiveGatewayToExit, startHiveGateway, type HiveGateway } from '../support/start-hive-gateway';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// The authorisation acceptance cases against Hive Gateway (deploy/hive-gateway/gateway.config.ts) serving the
// committed supergraph, in front of the same subgraphs as the hub's gateway, and each answer compared with the hub's.
const ACCEPTANCE = `{ municipality(nis: "41002") { names { nl } livcrCell { coordinator { email } } } }`;
type Body = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const errorsOf = (body: Body) => body.errors?.map((error) => ({ path: error.path, code: error.extensions?.code, message: error.message }));

describe('Hive Gateway as the second gateway', () => {
  let hub: TestHub;
  let hive: HiveGateway;
  beforeAll(async () => {
    hub = await startTestHub();
    hive = await startHiveGateway({
      NODE_ENV: 'test',
      AUTH_JWKS_PATH: DEVELOPMENT_JWKS_PATH,
      AUTH_ISSUER: DEVELOPMENT_ISSUER,
      ...Object.fromEntries(Object.entries(hub.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
    });
  }, 180_000);
  afterAll(async () => {
    await hive?.close();
    await hub?.close();
  });

  /** The same operation through both gateways: Hive's answer, after checking it equals the hub's. */
  async function both(query: string, headers: Record<string, string> = {}) {
    const [viaHive, viaHub] = await Promise.all([post(hive.url, query, headers), post(hub.url, query, headers)]);
    expect({ status: viaHive.status, data: viaHive.body.data, errors: errorsOf(viaHive.body) }).toEqual({ status: viaHub.status, data: viaHub.body.data, errors: errorsOf(viaHub.body) });
    return viaHive;
  }

  it('anonymous: the name, coordinator null and UNAUTHORIZED_FIELD_OR_TYPE at its path (enforced by Hive Gateway itself), HTTP 200', async () => {
    const { status, body } = await both(ACCEPTANCE);
    expect(status).toBe(200);
    expect(body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: null } } });
    expect(errorsOf(body)).toEqual([{ path: ['municipality', 'livcrCell', 'coordinator'], code: 'UNAUTHORIZED_FIELD_OR_TYPE', message: 'Unauthorized field or type: LivcrCell.coordinator.' }]);
  });

  it('own municipality: a network member of Aalst reads Aalst\'s coordinator (the token forwarded to the subgraph)', async () => {
    const token = await signDevelopmentToken({ subject: 'aalst-member', scopes: ['contacts:read'], jurisdictions: ['nis:41002'] });
    const { body } = await both(ACCEPTANCE, bearer(token));
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: { email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.invalid$/) } } } });
  });

  it('other municipality: a network member of Ghent has the scope but not the jurisdiction; the subgraph refuses the field', async () => {
    const token = await signDevelopmentToken({ subject: 'ghent-member', scopes: ['contacts:read'], jurisdictions: ['nis:44021'] });
    const { body } = await both(ACCEPTANCE, bearer(token));
    expect(body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: null } } });
    expect(errorsOf(body)?.map((error) => [error.path, error.code])).toEqual([[['municipality', 'livcrCell', 'coordinator'], 'UNAUTHORIZED_FIELD_OR_TYPE']]);
  });

  it('federal: federal staff see the coordinator of every municipality', async () => {
    const token = await signDevelopmentToken({ subject: 'federal', scopes: ['contacts:read', 'cells:read', 'regional:read', 'national:read'], jurisdictions: ['BE'] });
    const { body } = await both(ACCEPTANCE, bearer(token));
    expect(body.errors).toBeUndefined();
    expect((body.data as { municipality: { livcrCell: { coordinator: { email: string } } } }).municipality.livcrCell.coordinator.email).toMatch(/@/);
    const ghent = await both(`{ municipality(nis: "44021") { livcrCell { coordinator { email } } } }`, bearer(token));
    expect(JSON.stringify(ghent.body.data)).toMatch(/@/);
  });

  it('bad token: every kind is answered HTTP 401 with no data', async () => {
    const tokens = await badTokens();
    expect(tokens.length).toBeGreaterThan(5);
    for (const { name, authorization } of tokens) {
      const { status, body } = await post(hive.url, ACCEPTANCE, { authorization });
      expect({ name, status, data: body.data, error: body.errors?.[0]?.message !== undefined }).toEqual({ name, status: 401, data: undefined, error: true });
    }
  });

  it('forwards accept-language to the subgraphs, and answers introspection to verified callers only', async () => {
    const query = `{ municipality(nis: "21004") { name policeZone { id } mobileTeamVisits { date } } }`;
    const french = await both(query, { 'accept-language': 'fr' });
    const dutch = await both(query, { 'accept-language': 'nl' });
    expect(french.body.data).not.toEqual(dutch.body.data);
    const anonymous = await post(hive.url, `{ __schema { queryType { name } } }`);
    expect(anonymous.body.data ?? undefined).toBeUndefined();
    const verified = await post(hive.url, `{ __schema { queryType { name } } }`, bearer(await signDevelopmentToken({ subject: 'dev' })));
    expect(verified.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses to start in production on the committed development key set, or without the gateway\'s client credentials', async () => {
    const { code, output } = await runHiveGatewayToExit({ NODE_ENV: 'production', AUTH_JWKS_PATH: DEVELOPMENT_JWKS_PATH, AUTH_ISSUER: DEVELOPMENT_ISSUER });
    expect(code).not.toBe(0);
    expect(output).toMatch(/AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: required when NODE_ENV=production/);
    const withCredentials = await runHiveGatewayToExit({
      NODE_ENV: 'production',
      AUTH_JWKS_PATH: DEVELOPMENT_JWKS_PATH,
      AUTH_ISSUER: DEVELOPMENT_ISSUER,
      AUTH_TOKEN_URL: 'https://idp.example.invalid/token',
      AUTH_CLIENT_ID: 'hive',
      AUTH_CLIENT_SECRET: 'secret',
    });
    expect(withCredentials.code).not.toBe(0);
    expect(withCredentials.output).toMatch(/development key set is refused/);
  });
});
