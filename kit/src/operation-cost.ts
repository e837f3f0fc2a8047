import { type ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './errors';

/** The arguments whose value is a page size: graphql-armor multiplies a list's cost by them. */
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

export type OperationCostInput = {
  schema: GraphQLSchema;
  /** The whole document: its fragments are counted where the operation spreads them. */
  document: DocumentNode;
  /** The operation that runs. */
  operation: OperationDefinitionNode;
  /** The request's variables, as sent. */
  variables: Record<string, unknown> | undefined;
  /** The largest page a subgraph serves: a larger page size counts as this (the subgraph refuses it anyway). */
  maxPageSize: number;
};

// Apollo Server hands every request of the same query text the same parsed document (its document store): what depends
// on the document alone is worked out once per document, not once per request.
const pageSizeVariableNamesOf = new WeakMap<DocumentNode, Set<string>>();

/** The names of the variables the document passes as a page size. */
function pageSizeVariableNames(document: DocumentNode): Set<string> {
  const known = pageSizeVariableNamesOf.get(document);
  if (known) return known;
  const names = new Set<string>();
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if (PAGE_SIZE_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE)
          names.add(argument.value.name.value);
      }
    },
  });
  pageSizeVariableNamesOf.set(document, names);
  return names;
}

/**
 * The page-size variables of the operation, coerced as graphql-js will coerce them when it executes (the definition's
 * default when the request leaves one out). A value that is not an Int (a fraction, a string, beyond 32 bits) or a
 * required one left out is the caller's mistake: BAD_USER_INPUT naming the variable and its value.
 */
function coercePageSizeVariables(input: OperationCostInput): Record<string, unknown> {
  const names = pageSizeVariableNames(input.document);
  const coerced: Record<string, unknown> = {};
  for (const definition of input.operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!names.has(name)) continue;
    const result = getVariableValues(input.schema, [definition], input.variables ?? {}, { maxErrors: 1 });
    if (result.errors) {
      const value = input.variables?.[name];
      throw new GraphQLError(
        `${result.errors[0]?.message ?? `Invalid variable $${name}.`} A page size is an integer from 1 to the largest page.`,
        {
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            http: { status: 400 },
            variable: name,
            ...(value === undefined ? {} : { value }),
          },
        },
      );
    }
    Object.assign(coerced, result.coerced);
  }
  return coerced;
}

/** The page size an argument asks for: its literal, its variable's value, else the field's default for it. */
function pageSizeOf(
  value: ValueNode | undefined,
  argument: GraphQLArgument,
  variables: Record<string, unknown>,
): number | undefined {
  const fallback = typeof argument.defaultValue === 'number' ? argument.defaultValue : undefined;
  if (value?.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value?.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : fallback;
  }
  // Absent, or an explicit null: the resolver pages by the field's default.
  return fallback;
}

/**
 * The operation with every page size written out as the one literal graphql-armor reads: the literal, the variable's
 * value or the field's default, at least 1 and at most `maxPageSize`. Fragments are rewritten likewise.
 */
function withLiteralPageSizes(input: OperationCostInput, variables: Record<string, unknown>): DocumentNode {
  const typeInfo = new TypeInfo(input.schema);
  const definitions: DefinitionNode[] = input.document.definitions.filter(
    (definition) => definition === input.operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(field: FieldNode): FieldNode | undefined {
        const sizes = (typeInfo.getFieldDef()?.args ?? []).filter((argument) =>
          PAGE_SIZE_ARGUMENTS.has(argument.name),
        );
        if (sizes.length === 0) return undefined;
        const asked = sizes
          .map((argument) =>
            pageSizeOf(
              field.arguments?.find((node) => node.name.value === argument.name)?.value,
              argument,
              variables,
            ),
          )
          .filter((size): size is number => size !== undefined);
        const others = (field.arguments ?? []).filter(
          (argument) => !PAGE_SIZE_ARGUMENTS.has(argument.name.value),
        );
        if (asked.length === 0) return { ...field, arguments: others };
        // A page size below 1 or above the largest page is the subgraph's to refuse with BAD_USER_INPUT naming it.
        const size = Math.min(Math.max(...asked, 1), input.maxPageSize);
        const first: ArgumentNode = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: { kind: Kind.INT, value: String(size) },
        };
        return { ...field, arguments: [first, ...others] };
      },
    }),
  );
}

/**
 * graphql-armor's static cost of the operation that runs (objects 2, scalars 1, times 1.5 per level of depth, times
 * the page size of each list), with the page sizes this request asks for: a literal, a variable's value (or its
 * definition's default) or, when neither says, the field's default. The same operation costs the same whether its
 * page sizes are literals or variables.
 */
export function operationCost(input: OperationCostInput): number {
  return costWithPageSizes(input, coercePageSizeVariables(input));
}

function costWithPageSizes(input: OperationCostInput, pageSizes: Record<string, unknown>): number {
  const document = withLiteralPageSizes(input, pageSizes);
  let cost = 0;
  const errors = validate(input.schema, document, [
    costLimitRule({
      maxCost: Number.POSITIVE_INFINITY,
      propagateOnRejection: false,
      onAccept: [
        (_context, details: { n: number }) => {
          cost += details.n;
        },
      ],
    }),
  ]);
  if (errors.length > 0) throw errors[0];
  return cost;
}

/** How many page-size combinations of one operation are remembered: a dashboard pages with a handful. */
const REMEMBERED_PAGE_SIZES_PER_OPERATION = 64;

/**
 * Refuses, once the operation is resolved and before anything executes, an operation whose cost (`operationCost`, with
 * this request's variables) is over `maxCost`: HTTP 400, GRAPHQL_VALIDATION_FAILED and `extensions.limit` "maxCost",
 * the message saying the cost, the limit and how to page. A validation rule cannot do it: it sees no variables, and
 * Apollo Server caches its verdict per document.
 */
export function useOperationCostLimit(
  limits: { maxCost: number; maxPageSize: number },
  code = 'GRAPHQL_VALIDATION_FAILED',
): ApolloServerPlugin {
  // A cost depends on the schema, the operation and its page sizes only. The operation node belongs to a document of
  // Apollo Server's document store, which is made anew with the schema: counted once per operation and page sizes.
  const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // An operation that did not resolve is refused by useOperationResolution.
          if (!operation) return;
          const input = { schema, document, operation, variables: request.variables, maxPageSize: limits.maxPageSize };
          const pageSizes = coercePageSizeVariables(input);
          const key = JSON.stringify(pageSizes);
          let known = costs.get(operation);
          let cost = known?.get(key);
          if (cost === undefined) {
            cost = Math.ceil(costWithPageSizes(input, pageSizes));
            if (!known) costs.set(operation, (known = new Map()));
            if (known.size < REMEMBERED_PAGE_SIZES_PER_OPERATION) known.set(key, cost);
          }
          if (cost <= limits.maxCost) return;
          const name = operation.name ? `Operation ${operation.name.value}` : 'The operation';
          throw new GraphQLError(
            `${name} costs ${cost}, over the cost limit of ${limits.maxCost}: ask smaller pages (a lower \`first\`) and follow ` +
              '`pageInfo.endCursor` (as `after`) while `pageInfo.hasNextPage` is true, or select fewer fields.',
            { extensions: { code, limit: 'maxCost', cost, maxCost: limits.maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
