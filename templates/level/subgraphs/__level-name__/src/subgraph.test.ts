import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

type Organisation = { id: string; name: string; provenance: { source: string; kind: string } };

describe('__level-name__ subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['__level_schema__'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  it('pages its organisations through kit keyset cursors, with provenance', async () => {
    const { data, errors } = await subgraph.execute<{
      __levelCamel__: { organisations: { totalCount: number; nodes: Organisation[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    }>('{ __levelCamel__ { organisations(first: 1) { totalCount nodes { id name provenance { source kind } } pageInfo { hasNextPage endCursor } } } }');
    expect(errors).toBeUndefined();
    const page = data!.__levelCamel__.organisations;
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.nodes).toHaveLength(1);
    expect(page.nodes[0]?.provenance.source).toBeTruthy();
    expect(page.pageInfo.endCursor).toBeTruthy();
  });

  it('answers one organisation by id, and null for an unknown id', async () => {
    const { data } = await subgraph.execute<{ __levelCamel__: { known: Organisation | null; unknown: Organisation | null } }>(
      '{ __levelCamel__ { known: organisation(id: "__level-name__-example") { id } unknown: organisation(id: "no-such-id") { id } } }',
    );
    expect(data?.__levelCamel__.known?.id).toBe('__level-name__-example');
    expect(data?.__levelCamel__.unknown).toBeNull();
  });
});
