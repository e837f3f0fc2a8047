import { createTestDatabase, prepareDatabase, type DatabaseHandle } from '@cohesion/db';
import { createLogger } from '@cohesion/kit';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

describe('municipalities subgraph', () => {
  let database: DatabaseHandle;
  let subgraph: ReturnType<typeof createSubgraph>;

  beforeAll(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
    await prepareDatabase(database, ['municipalities']);
    subgraph = createSubgraph({ db: database.db, logger: createLogger({ service: 'test', level: 'silent' }), development: false });
    await subgraph.start();
  });
  afterAll(async () => {
    await subgraph.stop();
    await database.close();
  });

  async function statementsFor(query: string, variables?: Record<string, unknown>) {
    const before = database.statementCount();
    const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: await contextFor() });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { statements: database.statementCount() - before, data: response.body.singleResult.data };
  }

  async function contextFor() {
    return createSubgraphContext(database.db, createLogger({ service: 'test', level: 'silent' }), { requestId: 'test' });
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

  it('seeds idempotently: preparing the database again changes nothing', async () => {
    const before = await database.db.execute('select count(*)::int as n, md5(string_agg(nis || name_nl, \',\' order by nis)) as digest from municipalities.municipalities' as never);
    await prepareDatabase(database, ['municipalities']);
    const after = await database.db.execute('select count(*)::int as n, md5(string_agg(nis || name_nl, \',\' order by nis)) as digest from municipalities.municipalities' as never);
    const rows = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows);
    expect(rows(after)).toEqual(rows(before));
    expect(rows(after)[0]).toMatchObject({ n: 565 });
  });
});
