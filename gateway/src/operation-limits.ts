import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, visit, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Bounds on what one operation may ask for (graphql-armor), checked before planning. */
export type OperationLimits = {
  /** Deepest selection nesting (introspection excluded). */
  maxDepth: number;
  /** Aliases in one operation. */
  maxAliases: number;
  /** graphql-armor's static cost: objects 2, scalars 1, times 1.5 per level of depth, times a literal `first`/`last`. */
  maxCost: number;
  /** The largest page a subgraph serves: a larger literal `first`/`last` counts as this (the subgraph refuses it anyway). */
  maxPageSize: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens of the document. */
  maxTokens: number;
};

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  maxPageSize: 600,
  maxDirectives: 50,
  maxTokens: 5_000,
};

/**
 * graphql-armor's cost rule, with literal page sizes capped at the largest page a subgraph serves: a page size beyond
 * it is the subgraph's to refuse with BAD_USER_INPUT naming the value, not a cost to estimate.
 */
function cappedCostLimitRule(options: Parameters<typeof costLimitRule>[0], maxPageSize: number): ValidationRule {
  return (context) => {
    const visitor = costLimitRule(options)(context) as unknown as { OperationDefinition: { enter: (node: OperationDefinitionNode) => void } };
    return {
      OperationDefinition: {
        enter: (operation: OperationDefinitionNode) =>
          visitor.OperationDefinition.enter(
            visit(operation, {
              Argument: (argument) =>
                (argument.name.value === 'first' || argument.name.value === 'last') && argument.value.kind === Kind.INT && Number(argument.value.value) > maxPageSize
                  ? { ...argument, value: { ...argument.value, value: String(maxPageSize) } }
                  : undefined,
            }),
          ),
      },
    };
  };
}

/**
 * graphql-armor at the gateway: the operation limits as validation rules (HTTP 400, code GRAPHQL_VALIDATION_FAILED,
 * `extensions.limit` naming the limit), and outside development no "Did you mean …?" suggestions, which could name
 * fields the caller may not read.
 */
export function createOperationLimits(limits: OperationLimits, options: { development: boolean }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const report = (limit: keyof OperationLimits) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // graphql-armor prefixes its messages with "Syntax Error: ", which they are not.
        const rejection = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } });
        if (context) context.reportError(rejection);
        else throw rejection;
      },
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...report('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...report('maxAliases') },
    costLimit: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...report('maxDirectives') },
    maxTokens: { n: limits.maxTokens, ...report('maxTokens') },
    blockFieldSuggestion: { enabled: !options.development },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules: [...validationRules, cappedCostLimitRule({ maxCost: limits.maxCost, ...report('maxCost') }, limits.maxPageSize)] };
}
