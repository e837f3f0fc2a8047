import { badUserInput } from '@cohesion/kit';
import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: the form YYYY-MM-DD and a date that exists (no 2023-02-30). */
function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badUserInput('Date', value, 'expected a calendar day as YYYY-MM-DD, e.g. 2024-03-22');
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, e.g. 2025-01-01.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : ast.kind),
});
