import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { ENTITY_KEYS, OPERATION_IDS, typePolicies, type OperationName } from '@cohesion/client';
import { AllMunicipalitiesDocument, CrossLevelMunicipalitiesDocument } from '@cohesion/client/documents';
import { trustedDocumentsFromEnvironment } from '@cohesion/gateway';
import { getOperationAST, type DocumentNode } from 'graphql';
import { startTestHub, type TestHub } from '../support/start-test-hub';

const KEYED = new Set(Object.keys(ENTITY_KEYS));

/** Every object of an entity type that sits inside another cache entry instead of being a reference to its own. */
function embeddedEntities(store: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${where}[${index}]`));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.__typename === 'string' && KEYED.has(record.__typename)) found.push(`${where} (${record.__typename})`);
      for (const [key, child] of Object.entries(record)) walk(child, `${where}.${key}`);
    }
  };
  for (const [id, entry] of Object.entries(store)) for (const [key, value] of Object.entries(entry as Record<string, unknown>)) walk(value, `${id}.${key}`);
  return found;
}

describe('Apollo Client over the hub, with the shipped type policies and typed documents', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // Enforcing trusted documents, as production does: the client sends the registered id of its typed document.
    hub = await startTestHub({ gateway: { trustedDocuments: trustedDocumentsFromEnvironment({ NODE_ENV: 'production' }) } });
  }, 120_000);
  afterAll(() => hub?.close());

  it('normalises every keyed object of the README\'s cross-level query: no municipality or cell left embedded', async () => {
    const sent: string[] = [];
    const persisted = new PersistedQueryLink({
      generateHash: (document: DocumentNode) => OPERATION_IDS[getOperationAST(document)?.name?.value as OperationName],
    });
    const http = new HttpLink({
      uri: hub.url,
      fetch: (input, init) => {
        sent.push(String(init?.body));
        return fetch(input, init);
      },
    });
    const cache = new InMemoryCache({ typePolicies });
    const client = new ApolloClient({ link: ApolloLink.from([persisted, http]), cache });
    const { data, error } = await client.query({ query: CrossLevelMunicipalitiesDocument, variables: { province: '40000' } });
    expect(error).toBeUndefined();
    // One request, by id, without the document's text.
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!)).not.toHaveProperty('query');

    const nodes = data?.municipalities.nodes ?? [];
    expect(nodes.length).toBe(data?.municipalities.totalCount);
    expect(nodes.length).toBeGreaterThan(50);
    // The answer crosses levels and carries entities of every keyed kind it selects.
    expect(nodes.some((node) => node.livcrCell)).toBe(true);
    expect(nodes.some((node) => (node.coachingTrajectories ?? []).length > 0)).toBe(true);

    const store = cache.extract() as Record<string, unknown>;
    expect(embeddedEntities(store)).toEqual([]);
    const entries = Object.keys(store);
    const count = (type: string) => entries.filter((id) => id.startsWith(`${type}:`)).length;
    expect(count('Municipality')).toBe(nodes.length);
    expect(count('LivcrCell')).toBe(new Set(nodes.flatMap((node) => (node.livcrCell ? [node.livcrCell.id] : []))).size);
    // Read back from the cache alone, the answer is the same.
    const cached = client.readQuery({ query: CrossLevelMunicipalitiesDocument, variables: { province: '40000' } });
    expect(cached).toEqual(data);
    client.stop();
  });

  it('answers all 565 municipalities with their province and region in one page, within the default operation limits', async () => {
    const client = new ApolloClient({
      link: ApolloLink.from([new PersistedQueryLink({ generateHash: () => OPERATION_IDS.AllMunicipalities }), new HttpLink({ uri: hub.url })]),
      cache: new InMemoryCache({ typePolicies }),
    });
    const { data, error } = await client.query({ query: AllMunicipalitiesDocument });
    expect(error).toBeUndefined();
    expect(data?.municipalities).toMatchObject({ totalCount: 565, pageInfo: { hasNextPage: false } });
    expect(data?.municipalities.nodes).toHaveLength(565);
    expect(data?.municipalities.nodes.filter((node) => node.province === null).map((node) => node.region.nis)).toEqual(Array(19).fill('04000'));
    const store = client.cache.extract() as Record<string, unknown>;
    expect(embeddedEntities(store)).toEqual([]);
    expect(Object.keys(store).filter((id) => id.startsWith('Province:'))).toHaveLength(10);
    client.stop();
  });
});
