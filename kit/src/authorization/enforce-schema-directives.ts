import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors';
import { identityOf } from './context-identity';
import { POLICIES, type PolicyCatalogue } from './policies';
import { isProtected, meetsRequirement } from './requirements';
import { createFieldRequirementLookup, readSchemaRequirements } from './schema-requirements';

export type EnforceSchemaDirectivesOptions = {
  /** In production, `_entities` and `_service` answer verified callers only (DESIGN.md principle 4). */
  production: boolean;
  policies?: PolicyCatalogue;
};

/** The error a protected field answers with when the caller does not meet its requirement. */
export function unauthorizedFieldError(coordinate: string): GraphQLError {
  return new GraphQLError(`Unauthorized field or type: ${coordinate}.`, { extensions: { code: ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE } });
}

const FEDERATION_ROOT_FIELDS = new Set(['_entities', '_service']);

/**
 * Enforces `@authenticated`, `@requiresScopes` and `@policy` inside a subgraph, for callers that reach it without the
 * gateway: every field whose own, parent type's or return type's requirement the caller does not meet resolves to an
 * UNAUTHORIZED_FIELD_OR_TYPE error (and null, propagated as usual). Entity fields are guarded the same way when
 * reached through `_entities`. Jurisdiction stays with the subgraph's resolvers (`coversJurisdiction`).
 * Mutates and returns the schema, which must be the service's own.
 */
export function enforceSchemaDirectives(schema: GraphQLSchema, options: EnforceSchemaDirectivesOptions): GraphQLSchema {
  const policies = options.policies ?? POLICIES;
  const fieldRequirement = createFieldRequirementLookup(schema, readSchemaRequirements(schema));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      if (type === schema.getQueryType() && FEDERATION_ROOT_FIELDS.has(field.name)) {
        if (!options.production) continue;
        field.resolve = (source, args, context, info) => {
          if (!identityOf(context)) {
            throw new GraphQLError(`${field.name} answers verified callers only: send a bearer token.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
          }
          return resolve(source, args, context, info);
        };
        continue;
      }
      const requirement = fieldRequirement(type, field);
      if (!isProtected(requirement)) continue;
      field.resolve = (source, args, context, info) => {
        if (!meetsRequirement(identityOf(context), requirement, policies)) throw unauthorizedFieldError(coordinate);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
