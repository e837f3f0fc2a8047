import { ApolloGateway } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type GatewayInterface } from '@apollo/server-gateway-interface';
import {
  createGraphQLService,
  DateScalar,
  DEFAULT_OPERATION_LIMITS,
  type Authentication,
  type GraphQLService,
  type Identity,
  type Logger,
  attachIdentity,
  type OperationLimits,
} from '@cohesion/kit';
import { randomUUID } from 'node:crypto';
import cors from 'cors';
import express, { type Express } from 'express';
import { assertNothingToEnforce, authorizeGateway, type AuthorizationMode } from './authorization/authorize-gateway';
import { useGraphiQL, useGraphiQLRoutes } from './graphiql';
import { createGatewayMetrics, type MetricsCollector } from './metrics';
import { type Registry } from 'prom-client';
import { useWidgetRoutes } from './widget-routes';
import { checkGatewayReadiness } from './readiness';
import { disableApolloTelemetry } from './disable-apollo-telemetry';
import { withScalars } from './gateway-scalars';
import { SubgraphDataSource } from './subgraph-data-source';
import { listSupergraphSubgraphs } from './supergraph-subgraphs';
import { createOperationsAccess, type OperationsAccessOptions } from './operations-access';
import { createRateLimit, type RateLimitOptions } from './rate-limit';
import { createTrustedDocuments, type TrustedDocumentsOptions } from './trusted-documents';
import { createSubgraphResilience, DEFAULT_SUBGRAPH_RESILIENCE, type SubgraphResilienceOptions } from './subgraph-resilience';
import { createProtectedSelectionCheck } from './protected-selections';
import { type ClusterCacheInvalidation } from './cluster';
import { createResponseCache } from './response-cache';
import { createSharedResponseStore } from './response-cache-redis';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheSettings } from './response-cache-defaults';

/** What the gateway knows of a request and passes on to every subgraph fetch. */
export type GatewayContext = {
  requestId: string;
  /** The caller, from the verified bearer token; null when anonymous. Decides what the operation may select. */
  identity: Identity | null;
  authorization?: string;
  acceptLanguage?: string;
  /** The caller's `Idempotency-Key` header, which the subgraph of a mutation uses when the input has no key. */
  idempotencyKey?: string;
};

export type CreateGatewayOptions = {
  supergraphSdl: string;
  /** Subgraph URLs by subgraph name; a subgraph not named here is reached at the URL in the supergraph. */
  subgraphUrls?: Record<string, string>;
  logger: Logger;
  development: boolean;
  /** Origins allowed to call the API from a browser (CORS); none when empty. */
  corsOrigins?: string[];
  /** Bearer token verification, built by the entry point from its AUTH_* variables (`createAuthentication`). */
  authentication: Authentication;
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
  /** Requests per caller and window (RATE_LIMIT_*), shared through Redis when `redisUrl` is set; no limit when omitted. */
  rateLimit?: RateLimitOptions;
  /** Per-subgraph timeouts and circuit breakers; DEFAULT_SUBGRAPH_RESILIENCE by default. */
  resilience?: SubgraphResilienceOptions;
  /** Who may read `/metrics` and the details of `/ready` (METRICS_TOKEN); open outside production by default. */
  operations?: OperationsAccessOptions;
  /** Proxies in front of the gateway whose X-Forwarded-For is believed (TRUST_PROXY): the client address rate limits count by. */
  trustProxy?: number;
  /** Registered operations and who must use them (TRUSTED_DOCUMENTS_*); every operation runs when omitted. */
  trustedDocuments?: TrustedDocumentsOptions;
  /** The response cache (`createResponseCache`); DEFAULT_RESPONSE_CACHE by default, off with `ttlSeconds: 0`. */
  responseCache?: ResponseCacheSettings;
  /** Share identical in-flight subgraph queries (SUBGRAPH_DEDUPLICATION); on by default. */
  deduplicateSubgraphFetches?: boolean;
  /** What `/metrics` answers instead of this process's own metrics: a cluster worker's asks the primary for the sum of all workers'. */
  collectMetrics?: MetricsCollector;
  /** A cluster worker's link to the other workers' response caches (`workerCacheInvalidation`): a write empties them all. */
  clusterCacheInvalidation?: ClusterCacheInvalidation;
};

export type Gateway = GraphQLService<GatewayContext> & {
  subgraphUrls: Record<string, string>;
  /** `/metrics` and `/ready` with details and without a token, for a port that is not exposed (METRICS_PORT). */
  operationsApp: Express;
  /** This process's Prometheus registry (a cluster worker hands it to the primary's aggregation). */
  metricsRegistry: Registry;
};

/** Headers the gateway forwards to subgraphs: the caller's identity, language, idempotency key and the request id. */
const FORWARDED = { authorization: 'authorization', acceptLanguage: 'accept-language', idempotencyKey: 'idempotency-key' } as const;

/**
 * The Apollo Gateway on Apollo Server 5, loading the committed supergraph (no runtime introspection, so one
 * subgraph down never takes the whole graph down). It never listens by itself.
 */
export function createGateway(options: CreateGatewayOptions): Gateway {
  const subgraphUrls = Object.fromEntries(
    listSupergraphSubgraphs(options.supergraphSdl).map(({ name, url }) => [name, options.subgraphUrls?.[name] ?? url]),
  );
  const metrics = createGatewayMetrics(options.collectMetrics ? { collect: options.collectMetrics } : {});
  const resilience = createSubgraphResilience(options.resilience ?? DEFAULT_SUBGRAPH_RESILIENCE, {
    onStateChange: (subgraph, status) => {
      metrics.setCircuitStatus(subgraph, status);
      options.logger[status === 'open' ? 'warn' : 'info']({ subgraph, circuit: status }, `subgraph ${subgraph}: circuit ${status}`);
    },
  });
  for (const name of Object.keys(subgraphUrls)) metrics.setCircuitStatus(name, 'closed');
  disableApolloTelemetry();
  const protectedSelections = createProtectedSelectionCheck(options.supergraphSdl);
  const deduplicate = options.deduplicateSubgraphFetches ?? true;
  const cacheSettings: ResponseCacheSettings = options.responseCache ?? DEFAULT_RESPONSE_CACHE;
  const sharedResponses =
    cacheSettings.ttlSeconds > 0 && cacheSettings.redisUrl
      ? createSharedResponseStore({
          redisUrl: cacheSettings.redisUrl,
          ...(cacheSettings.redisKeyPrefix ? { keyPrefix: cacheSettings.redisKeyPrefix } : {}),
          keepMs: cacheSettings.ttlSeconds * 2000,
          logger: options.logger,
        })
      : undefined;
  const responseCache =
    cacheSettings.ttlSeconds > 0
      ? createResponseCache({
          ...(sharedResponses ? { shared: sharedResponses } : {}),
          ...(options.clusterCacheInvalidation ? { cluster: options.clusterCacheInvalidation } : {}),
          ttlSeconds: cacheSettings.ttlSeconds,
          maxBytes: cacheSettings.maxMegabytes * 1024 * 1024,
          selectsProtected: protectedSelections.document,
          // Answers to registered ids (the widget's, the demo's) are cached too; the id is part of their key.
          findDocument: async (id) => trustedDocuments?.find(id),
          onResult: metrics.countResponseCache,
        })
      : undefined;
  const createApolloGateway = (supergraphSdl: string) => new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    buildService: ({ name }) =>
      resilience.protect(name, new SubgraphDataSource<GatewayContext>({
        url: subgraphUrls[name],
        // A fetch that selects a protected field is never shared: each read of personal data reaches its subgraph's audit.
        fetcher: resilience.fetcher(name, { deduplicate, mayShare: (query) => !protectedSelections.query(query), onShared: () => metrics.countSharedFetch(name) }),
        async willSendRequest({ request, context }) {
          metrics.countSubgraphFetch(name);
          request.http?.headers.set('x-request-id', context.requestId);
          for (const [key, header] of Object.entries(FORWARDED)) {
            const value = context[key as keyof typeof FORWARDED];
            if (value) request.http?.headers.set(header, value);
          }
          if (!context.authorization && options.serviceToken) request.http?.headers.set('authorization', `Bearer ${await options.serviceToken()}`);
        },
      })),
  });
  const mode = options.authorizationMode ?? 'filter';
  let gateway: GatewayInterface;
  if (mode === 'disabled') {
    assertNothingToEnforce(options.supergraphSdl);
    gateway = createApolloGateway(options.supergraphSdl);
  } else {
    gateway = authorizeGateway({ supergraphSdl: options.supergraphSdl, mode, createGateway: createApolloGateway });
  }
  gateway = withScalars(gateway, [DateScalar]);
  const access = createOperationsAccess(options.operations ?? { production: false });
  const trustedDocuments = options.trustedDocuments ? createTrustedDocuments(options.trustedDocuments, options.logger) : undefined;
  const rateLimit = options.rateLimit ? createRateLimit(options.rateLimit, options.logger) : undefined;
  const readiness = () => checkGatewayReadiness(subgraphUrls, resilience.states());
  const corsMiddleware = cors({ origin: options.corsOrigins ?? [], methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  const service = createGraphQLService<GatewayContext>({
    name: 'gateway',
    gateway,
    logger: options.logger,
    development: options.development,
    authentication: options.authentication,
    plugins: [...(trustedDocuments ? [trustedDocuments.plugin] : []), options.development ? useGraphiQL() : ApolloServerPluginLandingPageDisabled(), metrics.plugin],
    limits: options.limits ?? DEFAULT_OPERATION_LIMITS,
    graphqlMiddleware: [corsMiddleware],
    identifiedMiddleware: rateLimit ? [rateLimit.middleware] : [],
    parsedMiddleware: responseCache ? [responseCache.middleware] : [],
    configureApp: (app) => {
      if (options.trustProxy) app.set('trust proxy', options.trustProxy);
      metrics.mount(app, access.guard);
      useWidgetRoutes(app, {
        logger: options.logger,
        // The table page reads as an anonymous caller: same plugins, authorization and filtering as POST /graphql.
        executeAnonymously: async (request) => {
          const context = attachIdentity<GatewayContext>({ requestId: randomUUID(), identity: null }, null);
          const response = await service.apollo.executeOperation(request, { contextValue: context });
          if (response.body.kind !== 'single') throw new Error('the table page expects a single result');
          return response.body.singleResult;
        },
        tablePageMiddleware: rateLimit ? [rateLimit.middleware] : [],
        tablePageCacheSeconds: cacheSettings.ttlSeconds,
      });
      if (options.development) useGraphiQLRoutes(app);
    },
    // Subgraph and circuit states tell an attacker which level to aim at: only the operations token sees them.
    isReady: async (req) => {
      const { ready, status, details } = await readiness();
      return access.allows(req) ? { ready, status, details } : { ready, status };
    },
    context: async ({ req, requestId, identity }) => ({
      requestId,
      identity,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers['accept-language'] ? { acceptLanguage: req.headers['accept-language'] } : {}),
      ...(typeof req.headers['idempotency-key'] === 'string' ? { idempotencyKey: req.headers['idempotency-key'] } : {}),
    }),
  });
  const operationsApp = express();
  operationsApp.disable('x-powered-by');
  metrics.mount(operationsApp, (_req, _res, next) => next());
  operationsApp.get('/ready', async (_req, res) => {
    const { ready, status, details } = await readiness();
    res.status(ready ? 200 : 503).json({ status, service: 'gateway', ...details });
  });
  return {
    ...service,
    subgraphUrls,
    operationsApp,
    metricsRegistry: metrics.registry,
    async start() {
      await rateLimit?.connect();
      await sharedResponses?.connect();
      await trustedDocuments?.start();
      await service.start();
    },
    async stop() {
      await service.stop();
      await rateLimit?.close();
      await sharedResponses?.close();
      await trustedDocuments?.close();
    },
  };
}
