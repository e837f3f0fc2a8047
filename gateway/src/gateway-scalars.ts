import { type GatewayInterface } from '@apollo/server-gateway-interface';
import { isScalarType, type GraphQLScalarType, type GraphQLSchema } from 'graphql';

function implementScalars(schema: GraphQLSchema, scalars: readonly GraphQLScalarType[]): void {
  for (const scalar of scalars) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type)) continue;
    // In place: the gateway coerces variables against this very schema object, and Apollo Server validates literals
    // against it; a copy would leave one of the two accepting anything.
    type.serialize = scalar.serialize;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}

/**
 * Gives the supergraph's custom scalars the shared implementation every subgraph uses (kit), so that the gateway
 * refuses an invalid value itself, with HTTP 400 before planning: a supergraph's scalars accept anything, and an
 * invalid date reached a subgraph, which could refuse only its part of the operation.
 */
export function withScalars(gateway: GatewayInterface, scalars: readonly GraphQLScalarType[]): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) =>
      gateway.onSchemaLoadOrUpdate((schemaContext) => {
        implementScalars(schemaContext.apiSchema, scalars);
        callback(schemaContext);
      }),
    load: (options) => gateway.load(options),
    stop: () => gateway.stop(),
  };
}
