import { prepareDatabase } from '@cohesion/db/seed';
import { createTestDatabase } from '@cohesion/db/testing';
import { startHub, type RunningHub, type StartHubOptions } from '@cohesion/hub';
import { createDevelopmentAuthentication, createLogger } from '@cohesion/kit';

export type GraphQLResponse<Data = Record<string, unknown>> = {
  status: number;
  body: { data?: Data | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
};

export type TestHub = RunningHub & {
  /** POSTs an operation to the gateway over real HTTP. */
  query<Data = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
};

/**
 * The whole supergraph for one test file: a fresh database (a throw-away database on the Postgres server
 * when DATABASE_URL is set, in-memory PGlite otherwise), every subgraph and the gateway on free loopback ports.
 */
export async function startTestHub(
  options: { development?: boolean; corsOrigins?: string[]; gateway?: StartHubOptions['gateway'] } = {},
): Promise<TestHub> {
  const database = await createTestDatabase({ url: process.env.DATABASE_URL });
  let hub: RunningHub;
  try {
    hub = await startHub({
      database,
      prepareDatabase,
      authentication: createDevelopmentAuthentication(),
      logger: createLogger({ service: 'test', level: 'silent' }),
      development: options.development ?? false,
      corsOrigins: options.corsOrigins ?? [],
      ...(options.gateway ? { gateway: options.gateway } : {}),
    });
  } catch (error) {
    // startHub closes what it started but not a database handed to it: an open pool (or PGlite's timer) would keep
    // the test worker alive after a failed set-up.
    await database.close();
    throw error;
  }
  return {
    ...hub,
    async close() {
      await hub.close();
      await database.close();
    },
    async query(query, { variables, headers } = {}) {
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] } as never;
    },
  };
}
