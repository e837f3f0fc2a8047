import {
  createFieldRequirementLookup,
  meetsRequirement,
  typeConditionRequirement,
  type Identity,
  type PolicyCatalogue,
  type SchemaRequirements,
} from '@cohesion/kit';
import {
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** The alias under which the gateway asks for `__typename` where it needs to know an object's type afterwards. */
export const TYPENAME_ALIAS = '_authorization_typename';

/** One step from the response root to a removed field. */
export type PathStep = {
  /** The response key (alias or field name). */
  key: string;
  /** The field's type, to propagate a null as the GraphQL specification says. */
  type: GraphQLOutputType;
  /** Object types the parent must have for this step to apply (a field inside `... on Type`); null for any. */
  parentTypes: ReadonlySet<string> | null;
};

/** A selection the caller may not read: answered with null and an error at every place it would have appeared. */
export type Removal = { steps: readonly PathStep[]; coordinate: string };

export type FilterOperationOptions = {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
  identity: Identity | null;
  requirements: SchemaRequirements;
  policies: PolicyCatalogue;
};

export type FilteredOperation = {
  /** The operation without the unauthorised selections; the original document when nothing was removed. */
  document: DocumentNode;
  /** Whether anything was removed (including selections skipped by `@skip`/`@include`, which need no error and no null). */
  changed: boolean;
  removals: Removal[];
};

const lookups = new WeakMap<GraphQLSchema, WeakMap<SchemaRequirements, ReturnType<typeof createFieldRequirementLookup>>>();
function fieldRequirementLookup(schema: GraphQLSchema, requirements: SchemaRequirements) {
  let bySchema = lookups.get(schema);
  if (!bySchema) lookups.set(schema, (bySchema = new WeakMap()));
  let lookup = bySchema.get(requirements);
  if (!lookup) bySchema.set(requirements, (lookup = createFieldRequirementLookup(schema, requirements)));
  return lookup;
}

const typenameField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: TYPENAME_ALIAS },
  name: { kind: Kind.NAME, value: '__typename' },
};

/**
 * Removes from an operation every selection the caller may not read (DESIGN.md principle 3), before query planning so
 * that no subgraph is asked for it: fields whose own, parent's or return type's requirement is not met, and fragments on
 * protected types, also inside fragments and on interface and union members. Fragment spreads are inlined so that each
 * use is judged where it stands. Returns where the removed selections would have appeared.
 */
export function filterOperation(options: FilterOperationOptions): FilteredOperation {
  const { schema, document, identity, requirements, policies } = options;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = options.operationName ? operations.find((o) => o.name?.value === options.operationName) : operations.length === 1 ? operations[0] : undefined;
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return { document, changed: false, removals: [] };

  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {});
  const variables = coerced.coerced ?? options.variables ?? {};
  const fieldRequirement = fieldRequirementLookup(schema, requirements);
  const allowed = (requirement: Parameters<typeof meetsRequirement>[1]) => meetsRequirement(identity, requirement, policies);
  const removals: Removal[] = [];
  let changed = false;

  const isExcluded = (node: FieldNode | InlineFragmentNode) => {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return skip?.if === true || include?.if === false;
  };
  const possibleTypes = (type: GraphQLCompositeType) => new Set(isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name]);
  const narrow = (current: ReadonlySet<string> | null, parent: GraphQLCompositeType, condition: GraphQLCompositeType) => {
    if (condition === parent) return current;
    const base = current ?? possibleTypes(parent);
    const allowedTypes = possibleTypes(condition);
    return new Set([...base].filter((name) => allowedTypes.has(name)));
  };
  const asInlineFragment = (spread: { directives?: InlineFragmentNode['directives'] }, fragment: FragmentDefinitionNode): InlineFragmentNode => ({
    kind: Kind.INLINE_FRAGMENT,
    typeCondition: fragment.typeCondition,
    directives: spread.directives ?? [],
    selectionSet: fragment.selectionSet,
  });

  // Every field a removed fragment would have selected, at the fragment's own level.
  const recordFragmentFields = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, parentTypes: ReadonlySet<string> | null, steps: PathStep[], excluded: boolean) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (excluded || isExcluded(selection) || selection.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        removals.push({ steps: [...steps, { key: selection.alias?.value ?? selection.name.value, type: field.type, parentTypes }], coordinate: parent.name });
      } else {
        const inline = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value) && asInlineFragment(selection, fragments.get(selection.name.value)!);
        if (!inline) continue;
        const condition = inline.typeCondition ? schema.getType(inline.typeCondition.name.value) : parent;
        if (!isCompositeType(condition)) continue;
        recordFragmentFields(inline.selectionSet, condition, narrow(parentTypes, parent, condition), steps, excluded || isExcluded(inline));
      }
    }
  };

  const filterSelectionSet = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    parentTypes: ReadonlySet<string> | null,
    steps: PathStep[],
    excluded: boolean,
  ): readonly SelectionNode[] => {
    const kept: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent)) ? undefined : parent.getFields()[name];
        if (!field) {
          kept.push(selection);
          continue;
        }
        const step: PathStep = { key: selection.alias?.value ?? name, type: field.type, parentTypes };
        const fieldExcluded = excluded || isExcluded(selection);
        if (!allowed(fieldRequirement(parent, field))) {
          changed = true;
          if (!fieldExcluded) removals.push({ steps: [...steps, step], coordinate: `${parent.name}.${name}` });
          continue;
        }
        const returnType = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(returnType)) {
          kept.push(selection);
          continue;
        }
        const children = filterSelectionSet(selection.selectionSet, returnType, null, [...steps, step], fieldExcluded);
        kept.push(children === selection.selectionSet.selections ? selection : { ...selection, selectionSet: { ...selection.selectionSet, selections: orTypename(children) } });
        continue;
      }
      let inline: InlineFragmentNode;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        inline = asInlineFragment(selection, fragment);
      } else {
        inline = selection;
      }
      const condition = inline.typeCondition ? schema.getType(inline.typeCondition.name.value) : parent;
      if (!isCompositeType(condition)) continue;
      const narrowed = narrow(parentTypes, parent, condition);
      const fragmentExcluded = excluded || isExcluded(inline);
      if (!allowed(typeConditionRequirement(requirements, condition))) {
        changed = true;
        recordFragmentFields(inline.selectionSet, condition, narrowed, steps, fragmentExcluded);
        continue;
      }
      const children = filterSelectionSet(inline.selectionSet, condition, narrowed, steps, fragmentExcluded);
      kept.push(children === inline.selectionSet.selections && inline === selection ? selection : { ...inline, selectionSet: { ...inline.selectionSet, selections: orTypename(children) } });
    }
    const unchanged = kept.length === selectionSet.selections.length && kept.every((selection, index) => selection === selectionSet.selections[index]);
    return unchanged ? selectionSet.selections : kept;
  };

  const selections = filterSelectionSet(operation.selectionSet, rootType, null, [], false);
  if (!changed) return { document, changed: false, removals };
  const filtered: OperationDefinitionNode = { ...operation, selectionSet: { ...operation.selectionSet, selections: orTypename(selections) } };
  // Fragments are inlined: only the operation is left, with __typename wherever the response walk needs an object's type.
  return { document: { kind: Kind.DOCUMENT, definitions: [removals.length > 0 ? withTypenames(schema, filtered, rootType) : filtered] }, changed, removals };
}

function orTypename(selections: readonly SelectionNode[]): readonly SelectionNode[] {
  return selections.length > 0 ? selections : [typenameField];
}

/** Adds the typename alias to every selection set of an interface or union, so that type conditions can be checked. */
function withTypenames(schema: GraphQLSchema, operation: OperationDefinitionNode, rootType: GraphQLCompositeType): OperationDefinitionNode {
  const visitSet = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): SelectionSetNode => {
    const selections = selectionSet.selections.map((selection): SelectionNode => {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet) return selection;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const returnType = field && getNamedType(field.type);
        return returnType && isCompositeType(returnType) ? { ...selection, selectionSet: visitSet(selection.selectionSet, returnType) } : selection;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        return isCompositeType(condition) ? { ...selection, selectionSet: visitSet(selection.selectionSet, condition) } : selection;
      }
      return selection;
    });
    const needsTypename = isAbstractType(parent) && !selections.some((s) => s.kind === Kind.FIELD && s.alias?.value === TYPENAME_ALIAS);
    return { ...selectionSet, selections: needsTypename ? [...selections, typenameField] : selections };
  };
  return { ...operation, selectionSet: visitSet(operation.selectionSet, rootType) };
}
