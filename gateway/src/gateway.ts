import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type GatewayInterface } from '@apollo/server-gateway-interface';
import { createGraphQLService, type Authentication, type GraphQLService, type Identity, type Logger } from '@cohesion/kit';
import cors from 'cors';
import { assertNothingToEnforce, authorizeGateway, type AuthorizationMode } from './authorization/authorize-gateway';
import { useGraphiQL } from './graphiql';
import { createOperationLimits, DEFAULT_OPERATION_LIMITS, type OperationLimits } from './operation-limits';
import { createGatewayMetrics } from './metrics';
import { useWidgetRoutes } from './widget-routes';
import { checkSubgraphs } from './readiness';
import { listSupergraphSubgraphs } from './supergraph-subgraphs';

/** What the gateway knows of a request and passes on to every subgraph fetch. */
export type GatewayContext = {
  requestId: string;
  /** The caller, from the verified bearer token; null when anonymous. Decides what the operation may select. */
  identity: Identity | null;
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
  /** Bearer token verification; by default from the process's AUTH_* variables (see kit's createGraphQLService). */
  authentication?: Authentication;
  /**
   * `filter` (default) or `reject` (AUTHORIZATION_MODE). `disabled` is only accepted for a supergraph without security
   * directives: with them, the gateway refuses to start (fail closed).
   */
  authorizationMode?: AuthorizationMode | 'disabled';
  /** Operation limits (graphql-armor); DEFAULT_OPERATION_LIMITS by default. */
  limits?: OperationLimits;
  /**
   * A bearer token of the gateway itself, sent to subgraphs when the caller is anonymous: production subgraphs answer
   * `_entities` to verified callers only (e.g. from the identity provider's client-credentials grant).
   */
  serviceToken?: () => Promise<string>;
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
  const metrics = createGatewayMetrics();
  const createApolloGateway = (supergraphSdl: string) => new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: subgraphUrls[name],
        async willSendRequest({ request, context }) {
          metrics.countSubgraphFetch(name);
          request.http?.headers.set('x-request-id', context.requestId);
          for (const [key, header] of Object.entries(FORWARDED)) {
            const value = context[key as keyof typeof FORWARDED];
            if (value) request.http?.headers.set(header, value);
          }
          if (!context.authorization && options.serviceToken) request.http?.headers.set('authorization', `Bearer ${await options.serviceToken()}`);
        },
      }),
  });
  const mode = options.authorizationMode ?? 'filter';
  let gateway: GatewayInterface;
  if (mode === 'disabled') {
    assertNothingToEnforce(options.supergraphSdl);
    gateway = createApolloGateway(options.supergraphSdl);
  } else {
    gateway = authorizeGateway({ supergraphSdl: options.supergraphSdl, mode, createGateway: createApolloGateway });
  }
  const limits = createOperationLimits(options.limits ?? DEFAULT_OPERATION_LIMITS, { development: options.development });
  const corsMiddleware = cors({ origin: options.corsOrigins ?? [], methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  const service = createGraphQLService<GatewayContext>({
    name: 'gateway',
    gateway,
    logger: options.logger,
    development: options.development,
    ...(options.authentication ? { authentication: options.authentication } : {}),
    plugins: [options.development ? useGraphiQL() : ApolloServerPluginLandingPageDisabled(), ...limits.plugins, metrics.plugin],
    validationRules: limits.validationRules,
    graphqlMiddleware: [corsMiddleware],
    configureApp: (app) => {
      metrics.mount(app);
      useWidgetRoutes(app, { logger: options.logger });
    },
    isReady: async () => {
      const { ready, subgraphs } = await checkSubgraphs(subgraphUrls);
      return { ready, details: { subgraphs } };
    },
    context: async ({ req, requestId, identity }) => ({
      requestId,
      identity,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers['accept-language'] ? { acceptLanguage: req.headers['accept-language'] } : {}),
    }),
  });
  return { ...service, subgraphUrls };
}
