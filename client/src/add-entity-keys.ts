import { type Types } from '@graphql-codegen/plugin-helpers';
import {
  buildASTSchema,
  getNamedType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ENTITY_KEYS } from './entity-keys';

const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

/**
 * Adds the key fields of every entity a document selects (`nis` of a municipality, `id` of a cell), so that a
 * normalising cache (Apollo Client with the shipped `typePolicies`) stores each entity once instead of leaving it
 * embedded in its parent. A selection that already names a key field keeps it where it is.
 */
export function addEntityKeys(document: DocumentNode, schema: GraphQLSchema, keys: Readonly<Record<string, readonly string[]>> = ENTITY_KEYS): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet: {
        leave(node: SelectionSetNode): SelectionSetNode | undefined {
          // Left on leaving, so TypeInfo's parent type is the selection set's own type.
          const type = typeInfo.getParentType();
          const named = type ? getNamedType(type) : undefined;
          if (!named || !isObjectType(named)) return undefined;
          const missing = (keys[named.name] ?? []).filter(
            (key) => !node.selections.some((selection) => selection.kind === Kind.FIELD && !selection.alias && selection.name.value === key),
          );
          return missing.length === 0 ? undefined : { ...node, selections: [...missing.map(field), ...node.selections] };
        },
      },
    }),
  );
}

/** `addEntityKeys` as a GraphQL Code Generator document transform (`documentTransforms`). */
export const addEntityKeysDocumentTransform: Types.DocumentTransformObject = {
  transform({ documents, schema }) {
    const built = buildASTSchema(schema, { assumeValid: true });
    return documents.map((file) => (file.document ? { ...file, document: addEntityKeys(file.document, built) } : file));
  },
};
