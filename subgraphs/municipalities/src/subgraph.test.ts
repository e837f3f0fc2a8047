import { seedSchemas } from '@cohesion/db/seed';
import { snapshotSchema } from '@cohesion/db/testing';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

describe('municipalities subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['municipalities'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  async function statementsFor(query: string, variables?: Record<string, unknown>) {
    const { statements, data, errors } = await subgraph.execute(query, variables);
    expect(errors).toBeUndefined();
    return { statements, data };
  }

  it('issues no more SQL statements for 100 municipalities with their province and region than for 10', async () => {
    const query = `query ($first: Int) { municipalities(first: $first) { nodes { nis province { names { nl } } region { names { nl } } } } }`;
    const ten = await statementsFor(query, { first: 10 });
    const hundred = await statementsFor(query, { first: 100 });
    expect((hundred.data as { municipalities: { nodes: unknown[] } }).municipalities.nodes).toHaveLength(100);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBeLessThanOrEqual(ten.statements);
  });

  it('pages all 565 municipalities in NIS order, searches without wildcards and refuses a cell cursor', async () => {
    type Municipalities = { municipalities: { totalCount: number; nodes: Array<{ nis: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const query = `query ($after: String, $search: String) {
      municipalities(first: 300, after: $after, filter: { search: $search }) { totalCount nodes { nis } pageInfo { hasNextPage endCursor } }
    }`;
    const first = (await statementsFor(query)).data as Municipalities;
    const second = (await statementsFor(query, { after: first.municipalities.pageInfo.endCursor })).data as Municipalities;
    const nis = [...first.municipalities.nodes, ...second.municipalities.nodes].map((node) => node.nis);
    expect(nis).toHaveLength(565);
    expect(nis).toEqual([...new Set(nis)].sort());
    expect([first.municipalities.pageInfo.hasNextPage, second.municipalities.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(((await statementsFor(query, { search: 'LIÈGE' })).data as Municipalities).municipalities.nodes.map((node) => node.nis)).toEqual(['62063']);
    for (const wildcard of ['%', '_']) {
      expect(((await statementsFor(query, { search: wildcard })).data as Municipalities).municipalities.totalCount).toBe(0);
    }
    const cells = await statementsFor(`{ livcrCells(first: 1) { pageInfo { endCursor } } }`);
    const cellCursor = (cells.data as { livcrCells: { pageInfo: { endCursor: string } } }).livcrCells.pageInfo.endCursor;
    const refused = await subgraph.execute(query, { after: cellCursor });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after', value: cellCursor });
  });

  it('resolves many entity references in one batch per type (_entities)', async () => {
    const representations = ['11001', '44088', '21004', '63040', '62063'].map((nis) => ({ __typename: 'Municipality', nis }));
    const { statements, data } = await statementsFor(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality { nis names { fr } } } }`,
      { representations },
    );
    expect((data as { _entities: Array<{ nis: string }> })._entities.map((e) => e.nis)).toEqual(['11001', '44088', '21004', '63040', '62063']);
    expect(statements).toBe(1);
  });

  it('says when a name is not in the language asked: Bastogne has no German name and answers in French, Kelmis in German', async () => {
    const text = '{ value language requestedLanguage isFallback }';
    const { data, errors } = await subgraph.execute(
      `{ bastogne: municipality(nis: "82039") { names { text ${text} } } kelmis: municipality(nis: "63040") { names { text ${text} dutch: text(lang: NL) ${text} } } }`,
      undefined,
      { acceptLanguage: 'de' },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      bastogne: { names: { text: { value: 'Bastogne', language: 'FR', requestedLanguage: 'DE', isFallback: true } } },
      kelmis: {
        names: {
          text: { value: 'Kelmis', language: 'DE', requestedLanguage: 'DE', isFallback: false },
          dutch: { value: 'Kelmis', language: 'NL', requestedLanguage: 'NL', isFallback: false },
        },
      },
    });
  });

  it('seeds idempotently: seeding again with the checksum bypassed changes no row of any table', async () => {
    const before = await snapshotSchema(subgraph.database, 'municipalities');
    expect(before.municipalities).toHaveLength(565);
    await seedSchemas(subgraph.database, ['municipalities'], { force: true });
    expect(await snapshotSchema(subgraph.database, 'municipalities')).toEqual(before);
  });
});
