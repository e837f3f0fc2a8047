import { ApolloClient, gql, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client/core';
import { typePolicies } from '@cohesion/client';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type CellState = {
  livcrCell: {
    id: string;
    cellId: string;
    referenceDate: string;
    status: string;
    scope: string;
    municipalities: Array<{ memberSince: string; municipality: { nis: string } }>;
  } | null;
};

const CELL_ON: TypedDocumentNode<CellState, { at: string }> = gql`
  query CellOn($at: Date!) {
    livcrCell(id: "livcr-12009", at: $at) {
      id
      cellId
      referenceDate
      status
      scope
      municipalities(includeFormer: false) { memberSince municipality { nis } }
    }
  }
`;

describe('a client cache over the hub', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  /** An Apollo Client on the gateway over real HTTP, counting the requests that reach the network. */
  function clientWith(cache: InMemoryCache) {
    const requests: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      requests.push(String(init?.body));
      return fetch(input, init);
    };
    const client = new ApolloClient({ link: new HttpLink({ uri: hub.url, fetch: countingFetch }), cache });
    return { client, requests };
  }

  describe.each([
    ['with the shipped type policies', () => new InMemoryCache({ typePolicies })],
    ['with the default cache and no policies', () => new InMemoryCache()],
  ])('%s', (_name, createCache) => {
    it('answers a cell on 2018-01-01 from the cache with its 2018 state after reading the same cell on 2026-01-01', async () => {
      const { client, requests } = clientWith(createCache());
      const first = await client.query({ query: CELL_ON, variables: { at: '2018-01-01' }, fetchPolicy: 'network-only' });
      const later = await client.query({ query: CELL_ON, variables: { at: '2026-01-01' }, fetchPolicy: 'network-only' });
      expect(requests).toHaveLength(2);
      const early = first.data?.livcrCell;
      expect(early).toMatchObject({ id: 'livcr-12009@2018-01-01', cellId: 'livcr-12009', referenceDate: '2018-01-01' });
      expect(later.data?.livcrCell).toMatchObject({ id: 'livcr-12009@2026-01-01', cellId: 'livcr-12009', referenceDate: '2026-01-01' });
      // The two dates differ in more than the date: otherwise the cache could not give the wrong answer.
      const stateOf = (cell: CellState['livcrCell']) => ({ status: cell?.status, scope: cell?.scope, municipalities: cell?.municipalities });
      expect(stateOf(later.data?.livcrCell ?? null)).not.toEqual(stateOf(early ?? null));

      const again = await client.query({ query: CELL_ON, variables: { at: '2018-01-01' }, fetchPolicy: 'cache-first' });
      expect(requests).toHaveLength(2);
      expect(again.data).toEqual(first.data);
      client.stop();
    });
  });
});
