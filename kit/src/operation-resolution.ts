import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses `mutation` and `subscription` operations on a schema without that root type. graphql-js 16 only finds out
 * when it executes them, and the gateway's query planner throws, which callers saw as an HTTP 500.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(
      new GraphQLError(`This service has no ${operation.operation} operations: ${operation.operation} ${operation.name?.value ?? '(anonymous)'} cannot run.`, {
        nodes: operation,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
  },
});

/**
 * An `operationName` the document does not define, or a document of several operations without one, is the caller's
 * mistake: HTTP 400 with Apollo Server's code OPERATION_RESOLUTION_FAILURE. Apollo Server only says so when graphql-js
 * executes the request; behind a gateway the executor threw first and callers saw an HTTP 500.
 */
export function useOperationResolution(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `Unknown operation named ${JSON.stringify(request.operationName)}: the document does not define it.`
              : 'The document defines several operations: say which one to run with operationName.',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
