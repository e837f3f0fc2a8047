import { signDevelopmentToken } from '@cohesion/kit';
import { badTokens } from '../support/bad-tokens';
import { startTestHub, type TestHub } from '../support/start-test-hub';

const ACCEPTANCE = `{ municipality(nis: "41002") { names { nl } livcrCell { coordinator { email } } } }`;
type Acceptance = { municipality: { names: { nl: string }; livcrCell: { coordinator: { email: string } | null } } };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function post(url: string, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> },
  };
}

describe('identity and field-level authorisation through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('gives an anonymous caller the name, coordinator null and one UNAUTHORIZED_FIELD_OR_TYPE error at that path', async () => {
    const { status, body } = await hub.query<Acceptance>(ACCEPTANCE);
    expect(status).toBe(200);
    expect(body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: null } } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ path: ['municipality', 'livcrCell', 'coordinator'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } });
  });

  it('shows Aalst\'s coordinator\'s e-mail to a network member of Aalst', async () => {
    const token = await signDevelopmentToken({ subject: 'aalst-member', scopes: ['contacts:read'], jurisdictions: ['nis:41002'], organisation: 'Stad Aalst' });
    const { body } = await hub.query<Acceptance>(ACCEPTANCE, { headers: bearer(token) });
    expect(body.errors).toBeUndefined();
    expect(body.data?.municipality.livcrCell.coordinator?.email).toMatch(/^[^@\s]+@[^@\s]+\.invalid$/);
  });

  it('hides Aalst\'s coordinator from a network member of Ghent', async () => {
    const token = await signDevelopmentToken({ subject: 'ghent-member', scopes: ['contacts:read'], jurisdictions: ['nis:44021'], organisation: 'Stad Gent' });
    const { body } = await hub.query<Acceptance>(ACCEPTANCE, { headers: bearer(token) });
    expect(body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: null } } });
    expect(body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['municipality', 'livcrCell', 'coordinator'], 'UNAUTHORIZED_FIELD_OR_TYPE']]);
  });

  it('shows it to federal staff, who see the whole country', async () => {
    const token = await signDevelopmentToken({ subject: 'federal', scopes: ['contacts:read', 'cells:read', 'regional:read', 'national:read'], jurisdictions: ['BE'] });
    const member = await signDevelopmentToken({ subject: 'aalst-member', scopes: ['contacts:read'], jurisdictions: ['nis:41002'] });
    const federal = await hub.query<Acceptance>(ACCEPTANCE, { headers: bearer(token) });
    expect(federal.body.errors).toBeUndefined();
    expect(federal.body.data).toEqual((await hub.query<Acceptance>(ACCEPTANCE, { headers: bearer(member) })).body.data);
    expect(federal.body.data?.municipality.livcrCell.coordinator?.email).toBeTruthy();
  });

  it('shows a zone: token the coordinators of its police zone\'s cells, and every other cell\'s as UNAUTHORIZED_FIELD_OR_TYPE', async () => {
    // The federal level owns the police zones: ask it, through the gateway, which zone Aalst lies in.
    const zoneOfAalst = await hub.query<{ municipality: { policeZone: { id: string; municipalities: Array<{ nis: string }> } } }>(
      `{ municipality(nis: "41002") { policeZone { id municipalities { nis } } } }`,
    );
    const zone = zoneOfAalst.body.data!.municipality.policeZone;
    const inZone = new Set(zone.municipalities.map((municipality) => municipality.nis));
    const token = await signDevelopmentToken({ subject: 'zone-member', scopes: ['contacts:read'], jurisdictions: [`zone:${zone.id}`], organisation: 'Politiezone Aalst' });
    type Cells = { livcrCells: { nodes: Array<{ cellId: string; municipalities: Array<{ municipality: { nis: string } }>; coordinator: { email: string } | null }> } };
    const { body } = await hub.query<Cells>(`{ livcrCells(first: 600) { nodes { cellId municipalities { municipality { nis } } coordinator { email } } } }`, {
      headers: bearer(token),
    });
    const cells = body.data!.livcrCells.nodes;
    const isInZone = (cell: Cells['livcrCells']['nodes'][number]) => cell.municipalities.some(({ municipality }) => inZone.has(municipality.nis));
    const seen = cells.filter((cell) => cell.coordinator !== null).map((cell) => cell.cellId);
    expect(seen).toContain('livcr-41002');
    expect(seen).toEqual(cells.filter(isInZone).map((cell) => cell.cellId));
    const refused = cells.flatMap((cell, index) => (isInZone(cell) ? [] : [index]));
    expect(refused.length).toBeGreaterThan(100);
    expect(body.errors?.map((error) => [error.path, error.message, error.extensions?.code])).toEqual(
      refused.map((index) => [['livcrCells', 'nodes', index, 'coordinator'], 'Unauthorized field or type: LivcrCell.coordinator.', 'UNAUTHORIZED_FIELD_OR_TYPE']),
    );
  });

  it('answers every bad token with HTTP 401, UNAUTHENTICATED, its reason and WWW-Authenticate, at the gateway and at every subgraph', async () => {
    const endpoints = { gateway: hub.url, ...hub.subgraphUrls };
    expect(Object.keys(endpoints).length).toBeGreaterThan(1);
    for (const { name, authorization, reason } of await badTokens()) {
      for (const [endpoint, url] of Object.entries(endpoints)) {
        const { status, headers, body } = await post(url, ACCEPTANCE, { authorization });
        expect({ name, endpoint, status, code: body.errors?.[0]?.extensions?.code, reason: body.errors?.[0]?.extensions?.reason, data: body.data }).toEqual({
          name,
          endpoint,
          status: 401,
          code: 'UNAUTHENTICATED',
          reason,
          data: undefined,
        });
        expect(headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
      }
    }
  });

  it('reveals no protected field to an anonymous caller straight at the subgraph, through _entities either', async () => {
    const url = hub.subgraphUrls.municipalities!;
    const direct = await post(url, ACCEPTANCE);
    expect(direct.body.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { coordinator: null } } });
    const entities = await post(
      url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality { livcrCell { coordinator { email name phone } meetingFrequency memberRoles { sector } } } ... on LivcrCell { coordinator { email } } } }`,
      {},
      { representations: [{ __typename: 'Municipality', nis: '41002' }, { __typename: 'LivcrCell', id: 'livcr-41002' }] },
    );
    expect(entities.body.data).toEqual({
      _entities: [{ livcrCell: { coordinator: null, meetingFrequency: null, memberRoles: null } }, { coordinator: null }],
    });
    expect(entities.body.errors?.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
    expect(JSON.stringify(entities.body)).not.toContain('@');
  });

  it('answers introspection to verified callers only, and serves no GraphiQL outside development', async () => {
    const anonymous = await hub.query(`{ __schema { types { name } } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const verified = await hub.query<{ __schema: { types: Array<{ name: string }> } }>(`{ __schema { types { name } } }`, {
      headers: bearer(await signDevelopmentToken({ subject: 'dev' })),
    });
    expect(verified.body.data?.__schema.types.map((type) => type.name)).toContain('LivcrCoordinator');
    const page = await fetch(hub.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('names no field in a validation error outside development', async () => {
    const { status, body } = await hub.query(`{ municipality(nis: "41002") { livcrCel { id } } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('Cannot query field "livcrCel"');
    expect(body.errors?.[0]?.message).not.toContain('livcrCell');
  });

  it('refuses operations beyond the depth and alias limits with a code and the limit\'s name', async () => {
    const deep = await hub.query(`{ municipality(nis: "41002") { province { region { provinces { region { provinces { region { provinces { region { provinces { region { provinces { nis } } } } } } } } } } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' });
    const aliases = await hub.query(`{ ${Array.from({ length: 31 }, (_, index) => `a${index}: municipality(nis: "41002") { nis }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' });
  });
});
