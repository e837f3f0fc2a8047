import { prepareDatabase } from '@cohesion/db';
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

  it('seeds idempotently: preparing the database again changes nothing', async () => {
    const before = await subgraph.database.db.execute('select count(*)::int as n, md5(string_agg(nis || name_nl, \',\' order by nis)) as digest from municipalities.municipalities' as never);
    await prepareDatabase(subgraph.database, ['municipalities']);
    const after = await subgraph.database.db.execute('select count(*)::int as n, md5(string_agg(nis || name_nl, \',\' order by nis)) as digest from municipalities.municipalities' as never);
    const rows = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows);
    expect(rows(after)).toEqual(rows(before));
    expect(rows(after)[0]).toMatchObject({ n: 565 });
  });
});
