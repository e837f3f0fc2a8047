import { buildASTSchema, getNamedType, parse, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { readSupergraphSecurity } from './authorization/supergraph-security';

/**
 * Whether a GraphQL document selects anything protected (a field or type with `@requiresScopes`, `@authenticated` or
 * `@policy` in the supergraph), in any of its operations and fragments. Every personal-data field is a protected field
 * (kit's `enforceSchemaDirectives` refuses to start otherwise), so a document that selects nothing protected can read
 * no personal data and its answer records no personal-data read: the response cache and the deduplication of subgraph
 * fetches rely on that. Works on the caller's operations and on the gateway's subgraph fetches (`_entities` with
 * `... on Type` fragments) alike; a field it cannot place counts as protected.
 */
export type ProtectedSelectionCheck = {
  /** For a document the caller sent (parsed). */
  document(document: DocumentNode): boolean;
  /** For a query as text (a subgraph fetch); unparsable text counts as protected. Remembered by text. */
  query(query: string): boolean;
};

const FEDERATION_FIELDS = new Set(['_entities', '_service']);

export function createProtectedSelectionCheck(supergraphSdl: string): ProtectedSelectionCheck {
  const { requirements } = readSupergraphSecurity(supergraphSdl);
  const schema: GraphQLSchema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const nothingProtected = requirements.fields.size === 0 && requirements.types.size === 0;
  const selectsProtected = (document: DocumentNode): boolean => {
    if (nothingProtected) return false;
    const typeInfo = new TypeInfo(schema);
    let found = false;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (found) return false;
          const name = node.name.value;
          if (name === '__typename') return undefined;
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) {
            // `_entities` and `_service` are resolved by their inline fragments' types; anything else unknown is not safe.
            if (parent?.name === 'Query' && FEDERATION_FIELDS.has(name)) return undefined;
            found = true;
            return false;
          }
          if (requirements.types.has(parent.name) || requirements.fields.has(`${parent.name}.${name}`) || requirements.types.has(getNamedType(field.type).name)) {
            found = true;
            return false;
          }
          return undefined;
        },
        InlineFragment() {
          const type = typeInfo.getType();
          if (type && requirements.types.has(getNamedType(type).name)) found = true;
          return found ? false : undefined;
        },
        FragmentDefinition() {
          const type = typeInfo.getType();
          if (type && requirements.types.has(getNamedType(type).name)) found = true;
          return found ? false : undefined;
        },
      }),
    );
    return found;
  };
  const byQuery = new LRUCache<string, boolean>({ max: 2000 });
  return {
    document: selectsProtected,
    query(query) {
      const known = byQuery.get(query);
      if (known !== undefined) return known;
      let result: boolean;
      try {
        result = selectsProtected(parse(query));
      } catch {
        result = true;
      }
      byQuery.set(query, result);
      return result;
    },
  };
}
