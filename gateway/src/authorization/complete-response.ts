import { unauthorizedFieldError } from '@cohesion/kit';
import { isListType, isNonNullType, type GraphQLError, type GraphQLOutputType } from 'graphql';
import { TYPENAME_ALIAS, type Removal } from './filter-operation';

type Position = { holder: Record<string, unknown> | unknown[]; key: string | number; type: GraphQLOutputType };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Puts `null` and an UNAUTHORIZED_FIELD_OR_TYPE error at every place a removed selection would have appeared in the
 * response, and propagates a null into a non-null position up to the nearest nullable parent (GraphQL specification,
 * "Handling Field Errors"). Returns the data (null when propagation reached the root) and the errors, in response order.
 */
export function completeResponse(data: Record<string, unknown> | null | undefined, removals: readonly Removal[]) {
  const errors: GraphQLError[] = [];
  if (!isRecord(data)) return { data, errors };
  const root = { data } as Record<string, unknown>;
  let rootNulled = false;
  const reported = new Set<string>();

  const nullOut = (chain: Position[]) => {
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const position = chain[index]!;
      (position.holder as Record<string | number, unknown>)[position.key] = null;
      if (!isNonNullType(position.type)) return;
    }
    rootNulled = true;
  };

  const descend = (value: unknown, type: GraphQLOutputType, removal: Removal, stepIndex: number, path: Array<string | number>, chain: Position[]) => {
    if (value === null || value === undefined) return;
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isListType(unwrapped)) {
      if (!Array.isArray(value)) return;
      value.forEach((item, index) =>
        descend(item, unwrapped.ofType, removal, stepIndex, [...path, index], [...chain, { holder: value, key: index, type: unwrapped.ofType }]),
      );
      return;
    }
    if (isRecord(value)) visit(value, removal, stepIndex, path, chain);
  };

  const visit = (object: Record<string, unknown>, removal: Removal, stepIndex: number, path: Array<string | number>, chain: Position[]) => {
    const step = removal.steps[stepIndex]!;
    // Objects of an interface or union carry their type under the alias; an object type's own parent needs no check.
    const typename = object[TYPENAME_ALIAS];
    if (step.parentTypes && (step.parentTypes.size === 0 || (typeof typename === 'string' && !step.parentTypes.has(typename)))) return;
    const position: Position = { holder: object, key: step.key, type: step.type };
    const fieldPath = [...path, step.key];
    if (stepIndex === removal.steps.length - 1) {
      // Still present: the same response key was also selected where the caller may read it.
      if (object[step.key] !== undefined) return;
      const id = JSON.stringify(fieldPath);
      if (reported.has(id)) return;
      reported.add(id);
      errors.push(unauthorizedFieldError(removal.coordinate, fieldPath));
      nullOut([...chain, position]);
      return;
    }
    descend(object[step.key], step.type, removal, stepIndex + 1, fieldPath, [...chain, position]);
  };

  for (const removal of removals) {
    if (rootNulled) break;
    visit(root.data as Record<string, unknown>, removal, 0, [], []);
  }
  stripTypenames(root.data);
  return { data: rootNulled ? null : (root.data as Record<string, unknown>), errors };
}

function stripTypenames(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) stripTypenames(item);
  } else if (isRecord(value)) {
    delete value[TYPENAME_ALIAS];
    for (const child of Object.values(value)) stripTypenames(child);
  }
}
