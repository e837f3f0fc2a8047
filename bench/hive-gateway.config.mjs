// Hive Gateway as `npm run bench` runs it (hub/src/bin/bench.ts): the supergraph is given on the command line; the
// caller's Authorization and Accept-Language go to the subgraphs, and identical in-flight subgraph requests are
// deduplicated (Hive's default, stated here so the benchmark says what it measures).
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? undefined,
      'accept-language': request.headers.get('accept-language') ?? undefined,
    }),
  },
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: true } } },
  logging: 'warn',
});
