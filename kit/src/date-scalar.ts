import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from './errors';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a day that exists, written YYYY-MM-DD: the pattern alone would accept 2021-02-30. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) throw badUserInput('Date', value, 'expected a calendar day as YYYY-MM-DD, e.g. 2025-01-01');
  return value;
}

// A literal that is not a string (2021, true, an enum) is named by its text, so the error shows what was sent.
const literalValue = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : 'value' in ast ? ast.value : ast.kind);

/**
 * The `Date` scalar of schema/common.graphql: a calendar day as YYYY-MM-DD. Days that do not exist (2021-02-30),
 * other forms and empty strings are refused with BAD_USER_INPUT naming the value.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, e.g. 2025-01-01.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalValue(ast)),
});
