import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import { type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { type GatewayInterface } from '@apollo/server-gateway-interface';
import compression from 'compression';
import { pinoHttp } from 'pino-http';
import {
  attachIdentity,
  createAuthenticationMiddleware,
  enforceSchemaDirectives,
  requestIdentity,
  useFieldSuggestionMasking,
  useIntrospectionGuard,
  type Authentication,
  type Identity,
  type PersonalDataDeclarations,
  type SchemaTerritories,
} from './authorization';
import { formatDatabaseUnavailable } from './database-unavailable';
import { isPublicErrorCode, useMaskedErrorLogging } from './error-masking';
import { ErrorCode } from './errors';
import { answerNotFound, createHttpErrorHandler, requireJsonBody } from './http-errors';
import { type PersonalDataReadRecorder } from './mutations/personal-data-reads';
import { type Logger } from './logger';
import { createOperationLimits, DEFAULT_SUBGRAPH_OPERATION_LIMITS, type OperationLimits } from './operation-limits';
import { knownOperationTypesRule, useOperationResolution } from './operation-resolution';
import { useStringInputGuard, verifyUtf8Body } from './string-input-guard';

export type ServiceContextArguments = {
  req: Request;
  requestId: string;
  /** The caller, from a verified bearer token; `null` for an anonymous caller. Requests with a bad token never get here (401). */
  identity: Identity | null;
};

export type CreateGraphQLServiceOptions<TContext extends BaseContext> = {
  /** The deployable's name, as in the supergraph and its URL. */
  name: string;
  logger: Logger;
  /** Development unlocks introspection, detailed errors and the GraphiQL page. */
  development: boolean;
  context: (args: ServiceContextArguments) => Promise<TContext>;
  plugins?: ApolloServerPlugin<TContext>[];
  /**
   * Readiness probe for `/ready`; `/health` only says the process is alive. It gets the request, so that details can
   * be kept from callers who may not see them.
   */
  isReady?: (req: Request) => Promise<{ ready: boolean; status?: string; details?: Record<string, unknown> }>;
  /** Extra routes mounted before `/graphql` (static pages, CORS, metrics). */
  configureApp?: (app: Express) => void;
  /** Middleware run on `/graphql` only, before the request reaches Apollo Server (e.g. CORS). */
  graphqlMiddleware?: express.RequestHandler[];
  /**
   * Middleware run on `/graphql` once the caller is known (`requestIdentity(req)`), before the body is parsed: what
   * acts per caller, such as the gateway's rate limit.
   */
  identifiedMiddleware?: express.RequestHandler[];
  /**
   * Middleware run on `/graphql` once the caller is known and the JSON body parsed, right before Apollo Server: what
   * may answer an operation itself, such as the gateway's response cache.
   */
  parsedMiddleware?: express.RequestHandler[];
  /**
   * How bearer tokens are verified, built by the entry point from its parsed AUTH_* variables and NODE_ENV
   * (`parseAuthenticationConfiguration`, `createAuthentication`).
   */
  authentication: Authentication;
  /** Operation limits; DEFAULT_SUBGRAPH_OPERATION_LIMITS by default (the gateway passes its own). */
  limits?: OperationLimits;
} & (
  | {
      schema: GraphQLSchema;
      /** Where the records of each protected type belong (kit's `enforceSchemaDirectives`): required, so a service fails closed. */
      territories: SchemaTerritories;
      /** The level's personal-data fields, whose reads are recorded with `recordPersonalDataRead` (kit's `enforceSchemaDirectives`). */
      personalData?: PersonalDataDeclarations;
      recordPersonalDataRead?: PersonalDataReadRecorder;
      gateway?: never;
    }
  | { gateway: GatewayInterface; schema?: never; territories?: never; personalData?: never; recordPersonalDataRead?: never }
);

export type GraphQLService<TContext extends BaseContext> = {
  app: Express;
  apollo: ApolloServer<TContext>;
  /** Starts Apollo Server; the app can then be given to `listen`. */
  start(): Promise<void>;
  stop(): Promise<void>;
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Reuses a well-formed incoming `x-request-id` so one id follows a request from gateway to subgraph. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * Masks every error whose code is not meant for callers, outside development (envelop's masked errors):
 * no stack traces, no internal messages. useMaskedErrorLogging logs the original with the request id.
 */
export function createErrorFormatter(options: { development: boolean; logger: Logger; service?: string }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unavailable = formatDatabaseUnavailable(options.service ?? 'service', formatted, error);
    if (unavailable) {
      options.logger.warn({ err: error, path: formatted.path }, 'the database is unavailable');
      return unavailable;
    }
    const code = formatted.extensions?.code;
    if (options.development || isPublicErrorCode(code)) {
      if (options.development) return formatted;
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A subgraph's answers depend on the caller and are never stored (what Apollo Server's cache hints said for them). */
const answerUncacheable: express.RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

/**
 * One GraphQL deployable (a subgraph or the gateway) as an Express app: request ids, JSON logs, `/health`,
 * `/ready` and `/graphql`. It never listens by itself, so tests and the single-process hub decide where.
 */
export function createGraphQLService<TContext extends BaseContext>(
  options: CreateGraphQLServiceOptions<TContext>,
): GraphQLService<TContext> {
  const { logger, development } = options;
  const { authentication } = options;
  const limits = createOperationLimits(options.limits ?? DEFAULT_SUBGRAPH_OPERATION_LIMITS);
  // Every service refuses bad input the same way, before anything executes, whether the gateway or a direct caller
  // sends it. Kit's plugins take any context.
  const guards = [
    ...limits.plugins,
    useOperationResolution(),
    useStringInputGuard(),
    useMaskedErrorLogging(logger),
    ...(development ? [] : [useFieldSuggestionMasking()]),
  ] as ApolloServerPlugin<TContext>[];
  const subgraphPlugins = [
    // Inline traces (ftv1) describe resolver timings and errors to whoever sends the header; nothing here reads them.
    ApolloServerPluginInlineTraceDisabled(),
    // Cache hints: no subgraph schema declares any, so every answer was `no-store` (set below instead), and the plugin's
    // willResolveField made Apollo Server wrap and time every field of every request to find that out.
    ApolloServerPluginCacheControlDisabled(),
    ...(development ? [] : [ApolloServerPluginLandingPageDisabled()]),
  ] as ApolloServerPlugin<TContext>[];
  const apollo = new ApolloServer<TContext>({
    ...(options.gateway
      ? { gateway: options.gateway }
      : {
          schema: enforceSchemaDirectives(options.schema as GraphQLSchema, {
            production: authentication.environment === 'production',
            territories: options.territories ?? {},
            ...(options.personalData ? { personalData: options.personalData } : {}),
            ...(options.recordPersonalDataRead ? { recordPersonalDataRead: options.recordPersonalDataRead } : {}),
          }),
        }),
    // Introspection is switched per request: in development, or for a verified caller (useIntrospectionGuard).
    introspection: true,
    // The entry point owns SIGTERM/SIGINT and stops in order (servers, gateway, subgraphs, database); Apollo Server's own
    // handler (on outside NODE_ENV=test) would stop only itself and re-raise the signal, killing the process mid-way.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter({ development, logger, service: options.name }),
    plugins: [
      ...(options.plugins ?? []),
      ...guards,
      useIntrospectionGuard({ development }) as ApolloServerPlugin<TContext>,
      ...(options.gateway ? [] : subgraphPlugins),
    ],
    validationRules: [knownOperationTypesRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // No automatic ETag (a SHA-1 of every answer, the 280 kB map included): GraphQL answers are POSTed and never revalidated
  // by it; what can be revalidated sets its own (the gateway's response cache, the widget's assets).
  app.set('etag', false);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      // One short line per request: headers may carry tokens and are not needed to follow a request id.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (req, res) => {
    const result: { ready: boolean; status?: string; details?: Record<string, unknown> } = options.isReady ? await options.isReady(req) : { ready: true };
    res.status(result.ready ? 200 : 503).json({ status: result.status ?? (result.ready ? 'ready' : 'unavailable'), service: options.name, ...result.details });
  });
  // gzip for responses over 1 kB: the national coverage map is ~280 kB of JSON, ~45 kB compressed.
  app.use(compression({ threshold: 1024 }));
  options.configureApp?.(app);

  let started = false;
  return {
    app,
    apollo,
    async start() {
      await apollo.start();
      started = true;
      app.use(
        '/graphql',
        ...(options.graphqlMiddleware ?? []),
        ...(options.gateway ? [] : [answerUncacheable]),
        createAuthenticationMiddleware(authentication, logger),
        ...(options.identifiedMiddleware ?? []),
        requireJsonBody,
        express.json({ limit: '1mb', verify: verifyUtf8Body }),
        ...(options.parsedMiddleware ?? []),
        expressMiddleware(apollo, {
          context: async ({ req }) => {
            const identity = requestIdentity(req);
            return attachIdentity(await options.context({ req, requestId: String(req.id), identity }), identity);
          },
        }),
      );
      app.use(answerNotFound);
      app.use(createHttpErrorHandler(logger));
    },
    async stop() {
      if (started) await apollo.stop();
    },
  };
}
