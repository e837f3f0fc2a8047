import { buildSchema } from 'graphql';
import { createGraphQLService } from '../graphql-service';
import { createLogger } from '../logger';
import { createAuthentication } from './authentication';
import { type Identity } from './identity';

const INTROSPECTION = `{ __schema { queryType { name } } }`;

function serviceFor(development: boolean) {
  return createGraphQLService({
    name: 'test',
    logger: createLogger({ service: 'test', level: 'silent' }),
    development,
    authentication: createAuthentication({ environment: 'test', verifier: { verify: () => Promise.reject(new Error('unused')) } }),
    schema: buildSchema('type Query { hello: String }'),
    territories: {},
    context: async () => ({}),
  });
}

async function run(development: boolean, identity: Identity | null) {
  const service = serviceFor(development);
  await service.start();
  try {
    const response = await service.apollo.executeOperation({ query: INTROSPECTION }, { contextValue: { identity } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  } finally {
    await service.stop();
  }
}

describe('introspection', () => {
  const caller: Identity = { subject: 'x', scopes: new Set(), jurisdictions: [], organisation: null };

  it('is open to everyone in development', async () => {
    expect((await run(true, null)).result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers verified callers only outside development', async () => {
    const anonymous = await run(false, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await run(false, caller)).result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
