import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  createAuthentication,
  createDevelopmentAuthentication,
  createGraphQLService,
  createLogger,
  createTokenVerifier,
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_JWKS_PATH,
  listen,
  readKeySetFile,
  TERRITORY_FREE,
  type ListeningServer,
  type SchemaTerritories,
} from '@cohesion/kit';
import { parse, type DocumentNode } from 'graphql';
import { createLocalJWKSet } from 'jose';
import { createGateway, type CreateGatewayOptions } from '../../gateway';

// A small graph of its own, so that the gateway's enforcement is tested on every directive placement whatever the real
// subgraphs declare: field and type requirements, OR and AND, a non-null protected field, an interface with a protected
// implementation, a union, and an entity field owned by a second subgraph.
const SECURITY_IMPORTS = '["@key", "@authenticated", "@requiresScopes", "@policy"]';

const TOWNS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ${SECURITY_IMPORTS})

type Query {
  town(id: ID!): Town
  towns: [Town!]!
  secretNote: String @authenticated
  things: [Thing]
  search: [SearchResult!]!
}

type Town @key(fields: "id") {
  id: ID!
  name: String!
  mayor: Person @requiresScopes(scopes: [["contacts:read"]])
  officer: Person! @requiresScopes(scopes: [["contacts:read"]])
  cell: Cell
  staff: [Person!]!
}

type Person {
  name: String!
  email: String @requiresScopes(scopes: [["contacts:read"], ["national:read"]])
  phone: String @requiresScopes(scopes: [["contacts:read", "cells:read"]])
}

type Cell @policy(policies: [["member_of_network"]]) {
  id: ID!
  meetings: Int
}

interface Thing {
  id: ID!
  label: String
}

type PublicThing implements Thing {
  id: ID!
  label: String
}

type SecretThing implements Thing @authenticated {
  id: ID!
  label: String
  code: String
}

union SearchResult = Town | SecretThing
`;

const BUDGETS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ${SECURITY_IMPORTS})

type Town @key(fields: "id") {
  id: ID!
  population: Int
  budget: Int @requiresScopes(scopes: [["regional:read"]])
}
`;

const person = (name: string) => ({ name, email: `${name.toLowerCase()}@example.invalid`, phone: '+32 0 000 00 00' });
const TOWNS = [
  { id: '1', name: 'Alphaville', mayor: person('Ada'), officer: person('Otto'), cell: { id: 'c1', meetings: 4 }, staff: [person('Sam'), person('Sue')] },
  { id: '2', name: 'Betatown', mayor: person('Bob'), officer: person('Olga'), cell: null, staff: [person('Tim')] },
];
const THINGS = [
  { __typename: 'PublicThing', id: 't1', label: 'public' },
  { __typename: 'SecretThing', id: 't2', label: 'secret', code: 'XYZZY' },
];

const townsResolvers = {
  Query: {
    town: (_: unknown, { id }: { id: string }) => TOWNS.find((town) => town.id === id) ?? null,
    towns: () => TOWNS,
    secretNote: () => 'the note',
    things: () => THINGS,
    search: () => [{ __typename: 'Town', ...TOWNS[0] }, THINGS[1]],
  },
  Town: { __resolveReference: (reference: { id: string }) => TOWNS.find((town) => town.id === reference.id) ?? null },
  Thing: { __resolveType: (thing: { __typename: string }) => thing.__typename },
  SearchResult: { __resolveType: (result: { __typename: string }) => result.__typename },
};
const budgetsResolvers = {
  Town: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, population: Number(reference.id) * 1000, budget: Number(reference.id) * 1_000_000 }) },
};

/** What a test subgraph received: the operation text and the Authorization header. */
export type RecordedRequest = { subgraph: string; query: string; authorization: string | undefined };

export type AuthorizationTestGraph = {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  requests: RecordedRequest[];
  close(): Promise<void>;
};

/**
 * Composes the two test subgraphs and serves them over HTTP through kit, recording every request they receive. With
 * `production`, the subgraphs refuse `_entities` and `_service` to anonymous callers.
 */
export async function startAuthorizationTestGraph(options: { production?: boolean } = {}): Promise<AuthorizationTestGraph> {
  const logger = createLogger({ service: 'test', level: 'silent' });
  const requests: RecordedRequest[] = [];
  const definitions: Array<{ name: string; typeDefs: DocumentNode; resolvers: object; territories: SchemaTerritories }> = [
    // The gateway's own checks are under test, not jurisdiction: every protected type is territory-free here.
    {
      name: 'towns',
      typeDefs: parse(TOWNS_SDL),
      resolvers: townsResolvers,
      territories: { Query: TERRITORY_FREE, Town: TERRITORY_FREE, Person: TERRITORY_FREE, Cell: TERRITORY_FREE, SecretThing: TERRITORY_FREE },
    },
    { name: 'budgets', typeDefs: parse(BUDGETS_SDL), resolvers: budgetsResolvers, territories: { Town: TERRITORY_FREE } },
  ];
  const servers: ListeningServer[] = [];
  const services: Array<{ stop(): Promise<void> }> = [];
  const subgraphUrls: Record<string, string> = {};
  for (const definition of definitions) {
    const service = createGraphQLService({
      name: definition.name,
      logger,
      development: false,
      // "production" subgraphs trust the development key set here, so that tests can still sign tokens.
      authentication: options.production
        ? createAuthentication({
            environment: 'production',
            verifier: createTokenVerifier({ keySet: createLocalJWKSet(readKeySetFile(DEVELOPMENT_JWKS_PATH)), issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE }),
          })
        : createDevelopmentAuthentication(),
      schema: buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as never }),
      territories: definition.territories,
      context: async () => ({}),
      plugins: [
        {
          async requestDidStart({ request }) {
            requests.push({ subgraph: definition.name, query: request.query ?? '', authorization: request.http?.headers.get('authorization') });
          },
        },
      ],
    });
    await service.start();
    services.push(service);
    const server = await listen(service.app, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    subgraphUrls[definition.name] = `${server.url}/graphql`;
  }
  const composed = composeServices(definitions.map(({ name, typeDefs }) => ({ name, typeDefs, url: subgraphUrls[name] })));
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  return {
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls,
    requests,
    async close() {
      for (const server of servers) await server.close();
      for (const service of services) await service.stop();
    },
  };
}

export type TestGateway = {
  url: string;
  query(query: string, init?: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> }): Promise<{
    status: number;
    headers: Headers;
    body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
  }>;
  close(): Promise<void>;
};

/** A gateway over the test graph on a free port. */
export async function startTestGateway(graph: AuthorizationTestGraph, options: Partial<CreateGatewayOptions> = {}): Promise<TestGateway> {
  const gateway = createGateway({
    supergraphSdl: graph.supergraphSdl,
    subgraphUrls: graph.subgraphUrls,
    logger: createLogger({ service: 'test', level: 'silent' }),
    development: false,
    authentication: createDevelopmentAuthentication(),
    ...options,
  });
  await gateway.start();
  const server = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
  const url = `${server.url}/graphql`;
  return {
    url,
    async query(query, init = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
        body: JSON.stringify({ query, variables: init.variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as never };
    },
    async close() {
      await server.close();
      await gateway.stop();
    },
  };
}
