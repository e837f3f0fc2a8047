import { createHash } from 'node:crypto';
import { type GatewayExecutor, type GatewayGraphQLRequestContext, type GatewayInterface } from '@apollo/server-gateway-interface';
import { identityOf, POLICIES, unauthorizedFieldError, type PolicyCatalogue } from '@cohesion/kit';
import { GraphQLError, print, type OperationDefinitionNode } from 'graphql';
import { completeResponse } from './complete-response';
import { filterOperation } from './filter-operation';
import { readSupergraphSecurity } from './supergraph-security';

/**
 * `filter` answers what the caller may read, with null and an error at each removed path (Apollo Router's default);
 * `reject` refuses the whole operation with HTTP 403 when it selects anything the caller may not read.
 */
export const AUTHORIZATION_MODES = ['filter', 'reject'] as const;
export type AuthorizationMode = (typeof AUTHORIZATION_MODES)[number];

export type AuthorizeGatewayOptions = {
  supergraphSdl: string;
  /** Builds the underlying gateway (e.g. `new ApolloGateway(...)`) from a supergraph without the security features. */
  createGateway: (executableSupergraphSdl: string) => GatewayInterface;
  mode: AuthorizationMode;
  policies?: PolicyCatalogue;
};

/** The gateway was asked to run a supergraph with security directives without enforcing them. */
export class AuthorizationNotEnforcedError extends Error {
  constructor() {
    super(
      'The supergraph carries @authenticated, @requiresScopes or @policy (for: SECURITY) but authorization enforcement is ' +
        'disabled; refusing to start. Remove the option that disables it.',
    );
    this.name = 'AuthorizationNotEnforcedError';
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Wraps a gateway so that every operation is authorised before it is planned (DESIGN.md principle 3). The underlying
 * gateway only ever sees the supergraph without its security features, and only through this wrapper: the stripped
 * supergraph is handed to `createGateway` and nowhere else, so there is no way to run it unenforced.
 */
export function authorizeGateway(options: AuthorizeGatewayOptions): GatewayInterface {
  const security = readSupergraphSecurity(options.supergraphSdl);
  const inner = options.createGateway(security.executableSupergraphSdl);
  const policies = options.policies ?? POLICIES;

  const wrapExecutor = (execute: GatewayExecutor): GatewayExecutor => async (requestContext: GatewayGraphQLRequestContext) => {
    const filtered = filterOperation({
      schema: requestContext.schema,
      document: requestContext.document,
      operationName: requestContext.request.operationName ?? requestContext.operationName,
      variables: requestContext.request.variables,
      identity: identityOf(requestContext.context),
      requirements: security.requirements,
      policies,
    });
    if (!filtered.changed) return execute(requestContext);
    if (options.mode === 'reject' && filtered.removals.length > 0) {
      // Apollo Server takes the HTTP status from the errors (and drops `http` from what the caller sees).
      return {
        errors: filtered.removals.map((removal) => {
          const error = unauthorizedFieldError(removal.coordinate);
          return new GraphQLError(error.message, { extensions: { ...error.extensions, path: removal.steps.map((step) => step.key), http: { status: 403 } } });
        }),
      };
    }
    const source = print(filtered.document);
    const operation = filtered.document.definitions[0] as OperationDefinitionNode;
    // A new hash: the query plan cache is keyed by it, and this plan must never serve a caller allowed to see more.
    const result = await execute({ ...requestContext, document: filtered.document, source, queryHash: sha256(source), operation });
    const completed = completeResponse(result.data, filtered.removals);
    const errors = [...(result.errors ?? []), ...completed.errors];
    return { ...result, data: completed.data, ...(errors.length > 0 ? { errors } : {}) };
  };

  return {
    onSchemaLoadOrUpdate: (callback) => inner.onSchemaLoadOrUpdate(callback),
    async load(loadOptions) {
      const { executor } = await inner.load(loadOptions);
      if (!executor) throw new Error('The gateway did not provide an executor; cannot enforce authorization.');
      return { executor: wrapExecutor(executor) };
    },
    stop: () => inner.stop(),
  };
}

/** Refuses to run a supergraph that carries security features when enforcement is switched off. */
export function assertNothingToEnforce(supergraphSdl: string): void {
  if (readSupergraphSecurity(supergraphSdl).hasSecurityFeatures) throw new AuthorizationNotEnforcedError();
}

