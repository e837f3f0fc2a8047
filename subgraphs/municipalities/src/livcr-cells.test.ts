import { type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

function identity(scopes: string, jurisdictions: string[]): Identity {
  return { subject: 'test', scopes: new Set(scopes.split(' ')), jurisdictions, organisation: null };
}

describe('LIVC-R cells in the municipalities subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['municipalities'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  async function execute(query: string, options: { variables?: Record<string, unknown>; identity?: Identity | null } = {}) {
    return subgraph.execute(query, options.variables, { identity: options.identity ?? null });
  }

  const coordinatorOfAalst = `{ municipality(nis: "41002") { names { nl } livcrCell { cellId coordinator { email } } } }`;

  it('hides the coordinator from an anonymous caller, with one UNAUTHORIZED_FIELD_OR_TYPE error at its path', async () => {
    const result = await execute(coordinatorOfAalst);
    expect(result.data).toEqual({ municipality: { names: { nl: 'Aalst' }, livcrCell: { cellId: 'livcr-41002', coordinator: null } } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['municipality', 'livcrCell', 'coordinator'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } });
  });

  it("shows Aalst's coordinator to Aalst, its province and the federal level, not to Ghent nor without the scope", async () => {
    const seen = async (who: Identity) => {
      const result = await execute(coordinatorOfAalst, { identity: who });
      return (result.data?.municipality as { livcrCell: { coordinator: { email: string } | null } }).livcrCell.coordinator?.email ?? null;
    };
    expect(await seen(identity('contacts:read', ['nis:41002']))).toMatch(/@aalst\.be\.invalid$/);
    expect(await seen(identity('contacts:read', ['prov:40000']))).toMatch(/@aalst\.be\.invalid$/);
    expect(await seen(identity('contacts:read', ['BE']))).toMatch(/@aalst\.be\.invalid$/);
    expect(await seen(identity('contacts:read', ['nis:44021']))).toBeNull();
    expect(await seen(identity('cells:read', ['nis:41002']))).toBeNull();
  });

  it('guards meeting frequency and member roles with cells:read within jurisdiction', async () => {
    const query = `{ livcrCell(id: "livcr-44021") { meetingFrequency memberRoles { sector mandatory } } }`;
    const outsider = await execute(query, { identity: identity('cells:read', ['nis:41002']) });
    expect(outsider.data).toEqual({ livcrCell: { meetingFrequency: null, memberRoles: null } });
    expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE', 'UNAUTHORIZED_FIELD_OR_TYPE']);
    const ghent = await execute(query, { identity: identity('cells:read', ['nis:44021']) });
    expect(ghent.errors).toBeUndefined();
    const cell = ghent.data?.livcrCell as { meetingFrequency: string; memberRoles: Array<{ sector: string; mandatory: boolean }> };
    expect(cell.memberRoles.filter((role) => role.mandatory).map((role) => role.sector).sort()).toEqual(['MAYOR', 'POLICE', 'PREVENTION_COORDINATOR']);
    expect(['NONE', 'ON_DEMAND', 'ANNUAL', 'QUARTERLY', 'MONTHLY']).toContain(cell.meetingFrequency);
  });

  it('gives a member of a shared cell access to the whole cell, and describes its members on the date asked', async () => {
    const shared = await execute(`{ livcrCells(filter: { scope: SHARED, region: FLANDERS }, first: 1) { nodes { cellId scope municipalities { municipality { nis } memberSince } } } }`);
    const cell = (shared.data?.livcrCells as { nodes: Array<{ cellId: string; scope: string; municipalities: Array<{ municipality: { nis: string }; memberSince: string }> }> }).nodes[0];
    expect(cell?.scope).toBe('SHARED');
    const members = cell?.municipalities ?? [];
    expect(members.length).toBeGreaterThan(1);
    const latest = members.map((m) => m.memberSince).sort().at(-1) as string;
    const other = members.find((m) => `livcr-${m.municipality.nis}` !== cell?.cellId)?.municipality.nis as string;
    const result = await execute(`query ($id: ID!) { livcrCell(id: $id) { coordinator { name } } }`, {
      variables: { id: cell?.cellId },
      identity: identity('contacts:read', [`nis:${other}`]),
    });
    expect(result.errors).toBeUndefined();
    const dayBefore = new Date(Date.parse(`${latest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const earlier = await execute(`query ($id: ID!, $at: Date) { livcrCell(id: $id, at: $at) { referenceDate municipalities { memberSince } } }`, {
      variables: { id: cell?.cellId, at: dayBefore },
    });
    const before = (earlier.data?.livcrCell as { municipalities: unknown[] } | null)?.municipalities.length ?? 0;
    expect(before).toBeLessThan(members.length);
  });

  it('lists dissolved cells as DISSOLVED, and counts cells by status and scope consistently', async () => {
    const counts = await execute(`{
      all: livcrCells { totalCount }
      existing: livcrCells(filter: { status: [ACTIVE, DORMANT] }) { totalCount }
      dissolved: livcrCells(filter: { status: [DISSOLVED] }) { totalCount nodes { status validTo municipalities { municipality { nis } } } }
      own: livcrCells(filter: { status: [ACTIVE, DORMANT], scope: OWN }) { totalCount }
      shared: livcrCells(filter: { status: [ACTIVE, DORMANT], scope: SHARED }) { totalCount }
    }`);
    expect(counts.errors).toBeUndefined();
    const data = counts.data as Record<string, { totalCount: number; nodes?: Array<{ status: string; validTo: string; municipalities: unknown[] }> }>;
    expect(data.all?.totalCount).toBe((data.existing?.totalCount ?? 0) + (data.dissolved?.totalCount ?? 0));
    expect(data.own?.totalCount).toBe((data.existing?.totalCount ?? 0) - (data.shared?.totalCount ?? 0));
    expect(data.dissolved?.totalCount).toBeGreaterThan(0);
    for (const node of data.dissolved?.nodes ?? []) {
      expect(node.status).toBe('DISSOLVED');
      expect(node.municipalities).toHaveLength(1);
    }
  });

  it('names the date in the id of a cell described on a date, so that a cache keeps one entry per date', async () => {
    const query = `query ($id: ID!, $at: Date) { livcrCell(id: $id, at: $at) { id cellId referenceDate } }`;
    const early = await execute(query, { variables: { id: 'livcr-41002', at: '2018-01-01' } });
    expect(early.data).toEqual({ livcrCell: { id: 'livcr-41002@2018-01-01', cellId: 'livcr-41002', referenceDate: '2018-01-01' } });
    const again = await execute(query, { variables: { id: 'livcr-41002@2018-01-01' } });
    expect(again.data).toEqual(early.data);
    const reference = await execute(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on LivcrCell { id referenceDate } } }`, {
      variables: { representations: [{ __typename: 'LivcrCell', id: 'livcr-41002@2018-01-01' }] },
    });
    expect(reference.data).toEqual({ _entities: [{ id: 'livcr-41002@2018-01-01', referenceDate: '2018-01-01' }] });
  });

  it('refuses a snapshot id asked for on another date, and a snapshot id with a date that does not exist', async () => {
    const query = `query ($id: ID!, $at: Date) { livcrCell(id: $id, at: $at) { id } }`;
    const other = await execute(query, { variables: { id: 'livcr-41002@2018-01-01', at: '2026-01-01' } });
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(other.errors?.[0]?.message).toContain('2026-01-01');
    const impossible = await execute(query, { variables: { id: 'livcr-41002@2018-02-30' } });
    expect(impossible.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(impossible.errors?.[0]?.message).toContain('livcr-41002@2018-02-30');
  });

  it('pages through every cell with cursors', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result = await execute(`query ($after: String) { livcrCells(first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {
        variables: { after },
      });
      const connection = result.data?.livcrCells as { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      ids.push(...connection.nodes.map((node) => node.id));
      if (!connection.pageInfo.hasNextPage) {
        expect(ids).toHaveLength(connection.totalCount);
        break;
      }
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('issues no more SQL statements for the cells of 500 municipalities than for 10', async () => {
    const query = `query ($first: Int) { municipalities(first: $first) { nodes { nis livcrCell(at: "2020-01-01") { id scope status seat { nis } municipalities { memberSince } } } } }`;
    const ten = await execute(query, { variables: { first: 10 } });
    const many = await execute(query, { variables: { first: 500 } });
    expect(many.errors).toBeUndefined();
    expect(many.statements).toBeLessThanOrEqual(ten.statements);
  });

  it('names a bad date and a bad province in BAD_USER_INPUT errors', async () => {
    const date = await execute(`{ livcrCoverage(at: "2021-02-30") { at } }`);
    expect(date.errors?.[0]?.message).toContain('2021-02-30');
    const province = await execute(`{ livcrCoverage(province: "12345") { at } }`);
    expect(province.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(province.errors?.[0]?.message).toContain('12345');
  });

  it('withholds small per-province counts derived from meeting frequency, never the structural counts', async () => {
    const result = await execute(`{ livcrFigures { kind keys { name value } value suppressed suppressionReason provenance { kind referenceDate } } }`, {
      identity: identity('cells:read', ['BE']),
    });
    type Keyed = { kind: string; keys: Array<{ name: string; value: string }>; value: number | null; suppressed: boolean; suppressionReason: string | null };
    const keyed = result.data?.livcrFigures as Keyed[];
    expect((result.data?.livcrFigures as Array<{ provenance: { kind: string } }>).every((f) => f.provenance.kind === 'SAMPLE')).toBe(true);
    const figures = keyed.map(({ kind, keys, ...figure }) => ({ ...figure, measure: kind, provinceNis: keys.find((key) => key.name === 'province')?.value ?? null }));
    expect(figures.filter((f) => f.measure !== 'CELLS_BY_MEETING_FREQUENCY' || f.provinceNis === null).every((f) => !f.suppressed)).toBe(true);
    const provincial = figures.filter((f) => f.measure === 'CELLS_BY_MEETING_FREQUENCY' && f.provinceNis !== null);
    expect(provincial.some((f) => f.suppressed)).toBe(true);
    for (const figure of provincial) {
      if (figure.suppressed) expect(figure).toMatchObject({ value: null, suppressionReason: expect.any(String) });
      else expect(figure.value === 0 || (figure.value ?? 0) >= 5).toBe(true);
    }
    // Per province the bands add up to the cells, so a lone withheld band would be given away: never exactly one.
    const perProvince = new Map<string, number>();
    for (const figure of provincial) if (figure.suppressed) perProvince.set(figure.provinceNis as string, (perProvince.get(figure.provinceNis as string) ?? 0) + 1);
    expect([...perProvince.values()].every((count) => count !== 1)).toBe(true);
  });
  it('answers counts by meeting band (a cells:read fact) only to callers holding cells:read', async () => {
    const query = `{ livcrFigures(kinds: [CELLS_BY_MEETING_FREQUENCY]) { value suppressed suppressionReason } }`;
    type Banded = { value: number | null; suppressed: boolean; suppressionReason: string | null };
    const anonymous = (await execute(query)).data?.livcrFigures as Banded[];
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.every((figure) => figure.suppressed && figure.value === null && /cells:read/.test(figure.suppressionReason ?? ''))).toBe(true);
    const contactsOnly = (await execute(query, { identity: identity('contacts:read', ['BE']) })).data?.livcrFigures as Banded[];
    expect(contactsOnly.every((figure) => figure.suppressed)).toBe(true);
    const reader = (await execute(query, { identity: identity('cells:read', ['BE']) })).data?.livcrFigures as Banded[];
    expect(reader.some((figure) => !figure.suppressed && (figure.value ?? 0) > 0)).toBe(true);
  });

  it('lets no anonymous figure isolate a protected fact of a cell by differencing dates or areas', async () => {
    type Figure = { kind: string; keys: Array<{ name: string; value: string }>; value: number | null };
    const cells = (await execute(`{ livcrCells(first: 600) { nodes { foundedOn } } }`)).data as { livcrCells: { nodes: Array<{ foundedOn: string }> } };
    // Every founding date is a day on which exactly the founded cells change the figures: the attacker's best pairs.
    const foundingDates = [...new Set(cells.livcrCells.nodes.map((cell) => cell.foundedOn))].sort().slice(0, 25);
    expect(foundingDates.length).toBeGreaterThan(5);
    const publicKinds = new Set(['CELLS', 'SHARED_CELLS', 'OWN_CELLS', 'MUNICIPALITIES_COVERED']);
    const figuresOn = async (at: string) =>
      new Map(
        ((await execute(`query ($at: Date) { livcrFigures(at: $at) { kind keys { name value } value } }`, { variables: { at } })).data?.livcrFigures as Figure[]).map((figure) => [
          `${figure.kind}|${figure.keys.map((key) => `${key.name}=${key.value}`).join(',')}`,
          figure,
        ]),
      );
    for (const date of foundingDates) {
      const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const [before, after] = [await figuresOn(dayBefore), await figuresOn(date)];
      for (const [key, figure] of after) {
        // Any figure answered with a value anonymously is structural (what the public map shows anyway); a figure of
        // a protected kind never carries a value, on either date, in a region or in a province.
        if (!publicKinds.has(figure.kind)) {
          expect({ key, value: figure.value, before: before.get(key)?.value ?? null }).toEqual({ key, value: null, before: null });
        }
      }
    }
  });
});
