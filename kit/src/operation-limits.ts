import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { useOperationCostLimit } from './operation-cost';

/** Bounds on what one operation may ask for (graphql-armor), checked before anything runs. */
export type OperationLimits = {
  /** Deepest selection nesting (introspection excluded). */
  maxDepth: number;
  /** Aliases in one operation, `__typename` aliases included. */
  maxAliases: number;
  /**
   * graphql-armor's static cost: objects 2, scalars 1, times 1.5 per level of depth, times each list's page size
   * (`first`/`last` as a literal, a variable's value or the field's default), counted with the request's variables.
   */
  maxCost: number;
  /** The largest page a subgraph serves: a larger `first`/`last` counts as this (the subgraph refuses it anyway). */
  maxPageSize: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens of the document. */
  maxTokens: number;
};

/** The gateway's limits, for what clients send. */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  maxPageSize: 600,
  maxDirectives: 50,
  maxTokens: 5_000,
};

/**
 * A subgraph's limits. It answers the gateway's query plans, which stay within the gateway's depth and cost but may
 * carry more aliases (the planner renames conflicting fields), directives and tokens (fragments are inlined per type)
 * than the client's operation; a direct caller gets no more than that.
 */
export const DEFAULT_SUBGRAPH_OPERATION_LIMITS: OperationLimits = {
  ...DEFAULT_OPERATION_LIMITS,
  maxAliases: 100,
  maxDirectives: 100,
  maxTokens: 20_000,
};

/** The code every limit answers with, next to `extensions.limit` naming the limit. */
const LIMIT_CODE = 'GRAPHQL_VALIDATION_FAILED';

/** graphql-js's own message when a document goes past `maxTokens` (it says "more that" in graphql 16). */
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens\. Parsing aborted\./;

/**
 * The token limit is graphql-js's own (`parseOptions.maxTokens`), which stops lexing as soon as it is passed.
 * graphql-armor's token plugin for Apollo Server re-parses the document in `parsingDidStart`, where any throw, a
 * syntax error included, becomes an HTTP 500. graphql-js reports the limit as a syntax error (GRAPHQL_PARSE_FAILED);
 * this gives it the code and `extensions.limit` of the other limits.
 */
function useTokenLimitCode(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const limit = TOKEN_LIMIT_MESSAGE.exec(error.message);
            if (!limit) continue;
            error.message = `Token limit of ${limit[1]} exceeded.`;
            Object.assign(error.extensions, { code: LIMIT_CODE, limit: 'maxTokens' });
          }
        },
      };
    },
  };
}

/**
 * The operation limits of a gateway or subgraph: graphql-armor's depth, alias and directive rules as validation rules,
 * its cost counted with each request's variables once the operation is resolved (useOperationCostLimit) and
 * graphql-js's token limit as a parse option, each refusal an HTTP 400 with code GRAPHQL_VALIDATION_FAILED and
 * `extensions.limit` naming the limit.
 */
export function createOperationLimits(limits: OperationLimits): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const report = (limit: keyof OperationLimits) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // graphql-armor prefixes its messages with "Syntax Error: ", which they are not.
        const rejection = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: LIMIT_CODE, limit } });
        if (context) context.reportError(rejection);
        else throw rejection;
      },
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...report('maxDepth') },
    // graphql-armor leaves `__typename` aliases out by default: 1,000 of them cost as much as any other 1,000.
    maxAliases: { n: limits.maxAliases, allowList: [], ...report('maxAliases') },
    costLimit: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...report('maxDirectives') },
    maxTokens: { enabled: false },
    // Suggestions are masked by useFieldSuggestionMasking, for the gateway and the subgraphs alike.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules } = armor.protect();
  return {
    plugins: [useTokenLimitCode(), useOperationCostLimit(limits, LIMIT_CODE)],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
