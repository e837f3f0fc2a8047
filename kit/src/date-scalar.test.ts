import { GraphQLError, Kind } from 'graphql';
import { DateScalar } from './date-scalar';

describe('the Date scalar', () => {
  it('accepts a calendar day as YYYY-MM-DD, as a variable or a literal', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2025-01-01' })).toBe('2025-01-01');
  });

  it.each([['2021-02-30'], ['2023-02-29'], ['not-a-date'], [''], ['2021-2-3'], [20210203]])('refuses %j with BAD_USER_INPUT naming it', (value) => {
    let error: unknown;
    try {
      DateScalar.parseValue(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((error as GraphQLError).message).toContain(JSON.stringify(value));
  });

  it('names a literal that is not a string', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '2021' })).toThrow('"2021"');
  });
});
