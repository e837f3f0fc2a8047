/**
 * The stock @apollo/gateway of the benchmark: Apollo Server 5's standalone server with ApolloGateway on the supergraph
 * file BENCH_SUPERGRAPH (the hub's, security links removed), forwarding the caller's Authorization and
 * Accept-Language to the subgraphs, nothing else. Listens on 127.0.0.1:PORT; prints `ready` when it does.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

type Context = { authorization?: string; acceptLanguage?: string };

async function main(): Promise<void> {
  const supergraphSdl = readFileSync(String(process.env.BENCH_SUPERGRAPH), 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<Context>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
        },
      }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async ({ req }) => ({
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers['accept-language'] ? { acceptLanguage: req.headers['accept-language'] } : {}),
    }),
  });
  process.stdout.write(`ready ${url}\n`);
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
