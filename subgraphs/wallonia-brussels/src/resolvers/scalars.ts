import { badUserInput } from '@cohesion/kit';
import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists: the pattern alone would accept 2021-02-30. */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, e.g. 2025-01-01.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isCalendarDate(value)) throw badUserInput('Date', value, 'expected a calendar date as YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) {
      throw badUserInput('Date', 'value' in ast ? ast.value : ast.kind, 'expected a calendar date as YYYY-MM-DD');
    }
    return ast.value;
  },
});
