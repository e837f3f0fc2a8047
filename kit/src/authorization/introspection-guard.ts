import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../errors';
import { identityOf } from './context-identity';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function selectsIntrospection(document: DocumentNode): boolean {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return false;
      seen.add(fragment.name.value);
      return visit(fragment.selectionSet);
    });
  return document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && visit(definition.selectionSet));
}

/**
 * Introspection (`__schema`, `__type`) only in development or for callers with a verified token: the schema names
 * the protected fields, which anonymous callers of a production service need not know about.
 */
export function useIntrospectionGuard(options: { development: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (options.development) return;
      return {
        async didResolveOperation({ document, contextValue, response }) {
          if (identityOf(contextValue) || !selectsIntrospection(document)) return;
          response.http.headers.set('www-authenticate', 'Bearer');
          throw new GraphQLError('Introspection needs a verified bearer token outside development.', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        },
      };
    },
  };
}

/**
 * Removes "Did you mean …?" from validation errors, which could name fields the caller may not see (the same as
 * graphql-armor's blockFieldSuggestions, used by the gateway).
 */
export function useFieldSuggestionMasking(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(/ ?Did you mean .+\?$/s, '');
        },
      };
    },
  };
}
