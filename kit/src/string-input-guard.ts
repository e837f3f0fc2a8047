import { isUtf8 } from 'node:buffer';
import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from './errors';

const EXPECTED = 'expected text without NUL characters and in valid Unicode';

/** A UTF-16 surrogate without its other half (`String.prototype.isWellFormed` is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string can be stored and compared as text: Postgres refuses NUL in text (the query fails, and the caller
 * saw a masked internal error), and a lone UTF-16 surrogate (`"\ud800"` in JSON) has no UTF-8 form.
 */
export function isAcceptableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

function refusal(what: string, value: string): GraphQLError {
  return new GraphQLError(`Invalid ${what} ${JSON.stringify(value)}: ${EXPECTED}.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}

function* stringsOfValue(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOfValue(item);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* stringsOfValue(item);
    }
  }
}

function* stringsOfLiteral(node: ValueNode): Generator<string> {
  if (node.kind === Kind.STRING) yield node.value;
  else if (node.kind === Kind.LIST) for (const item of node.values) yield* stringsOfLiteral(item);
  else if (node.kind === Kind.OBJECT) for (const field of node.fields) yield* stringsOfLiteral(field.value);
}

/**
 * Refuses, with HTTP 400 and BAD_USER_INPUT before anything executes, every operation whose arguments, default values
 * or variables carry a string that is not acceptable text (see isAcceptableText), wherever the string would end up.
 */
export function useStringInputGuard(): ApolloServerPlugin {
  // Apollo Server hands every request of the same query text the same parsed document (its document store): its
  // literals are read once, the variables of every request.
  const acceptedDocuments = new WeakSet<DocumentNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            for (const text of stringsOfValue(value)) if (!isAcceptableText(text)) throw refusal(`variable $${name}`, text);
          }
          if (acceptedDocuments.has(document)) return;
          visit(document, {
            Argument(argument) {
              for (const text of stringsOfLiteral(argument.value)) if (!isAcceptableText(text)) throw refusal(`argument ${argument.name.value}`, text);
            },
            VariableDefinition(definition) {
              if (!definition.defaultValue) return;
              for (const text of stringsOfLiteral(definition.defaultValue)) {
                if (!isAcceptableText(text)) throw refusal(`default value of $${definition.variable.name.value}`, text);
              }
            },
          });
          acceptedDocuments.add(document);
        },
      };
    },
  };
}

/** The request body was not UTF-8; its `type` lets the HTTP error handler answer 400 BAD_USER_INPUT. */
export class InvalidUtf8Error extends Error {
  readonly type = 'entity.invalid-utf8';
  constructor() {
    super(`Invalid request body: ${EXPECTED} (the body is not valid UTF-8).`);
    this.name = 'InvalidUtf8Error';
  }
}

/**
 * body-parser's `verify` hook: JSON bodies are decoded with replacement characters, so invalid UTF-8 can only be
 * seen in the raw bytes.
 */
export function verifyUtf8Body(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) throw new InvalidUtf8Error();
}
