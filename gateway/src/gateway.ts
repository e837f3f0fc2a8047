import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createGraphQLService, type GraphQLService, type Logger } from '@cohesion/kit';
import cors from 'cors';
import { useGraphiQL } from './graphiql';
import { useWidgetRoutes } from './widget-routes';
import { checkSubgraphs } from './readiness';
import { listSupergraphSubgraphs } from './supergraph-subgraphs';

/** What the gateway knows of a request and passes on to every subgraph fetch. */
export type GatewayContext = {
  requestId: string;
  authorization?: string;
  acceptLanguage?: string;
};

export type CreateGatewayOptions = {
  supergraphSdl: string;
  /** Subgraph URLs by subgraph name; a subgraph not named here is reached at the URL in the supergraph. */
  subgraphUrls?: Record<string, string>;
  logger: Logger;
  development: boolean;
  /** Origins allowed to call the API from a browser (CORS); none when empty. */
  corsOrigins?: string[];
};

/** Headers the gateway forwards to subgraphs: the caller's identity, language and the request id. */
const FORWARDED = { authorization: 'authorization', acceptLanguage: 'accept-language' } as const;

/**
 * The Apollo Gateway on Apollo Server 5, loading the committed supergraph (no runtime introspection, so one
 * subgraph down never takes the whole graph down). It never listens by itself.
 */
export function createGateway(options: CreateGatewayOptions): GraphQLService<GatewayContext> & { subgraphUrls: Record<string, string> } {
  const subgraphUrls = Object.fromEntries(
    listSupergraphSubgraphs(options.supergraphSdl).map(({ name, url }) => [name, options.subgraphUrls?.[name] ?? url]),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger,
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: subgraphUrls[name],
        willSendRequest({ request, context }) {
          request.http?.headers.set('x-request-id', context.requestId);
          for (const [key, header] of Object.entries(FORWARDED)) {
            const value = context[key as keyof typeof FORWARDED];
            if (value) request.http?.headers.set(header, value);
          }
        },
      }),
  });
  const corsMiddleware = cors({ origin: options.corsOrigins ?? [], methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  const service = createGraphQLService<GatewayContext>({
    name: 'gateway',
    gateway,
    logger: options.logger,
    development: options.development,
    plugins: [options.development ? useGraphiQL() : ApolloServerPluginLandingPageDisabled()],
    graphqlMiddleware: [corsMiddleware],
    configureApp: (app) => useWidgetRoutes(app, { logger: options.logger }),
    isReady: async () => {
      const { ready, subgraphs } = await checkSubgraphs(subgraphUrls);
      return { ready, details: { subgraphs } };
    },
    context: async ({ req, requestId }) => ({
      requestId,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers['accept-language'] ? { acceptLanguage: req.headers['accept-language'] } : {}),
    }),
  });
  return { ...service, subgraphUrls };
}
