import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The API schema of a supergraph: what clients see and may query (no federation or join directives, no
 * `@inaccessible` elements), printed with its types sorted so that two versions compare line by line.
 */
export function apiSchemaOf(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
  return printSchema(lexicographicSortSchema(api));
}
