import { GraphQLError } from 'graphql';
import { checkTimeRange } from './time-range';

function refusal(check: () => unknown): GraphQLError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('checkTimeRange', () => {
  it('keeps the given bounds, either open', () => {
    expect(checkTimeRange({ from: '2020-01-01', to: '2020-12-31' })).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(checkTimeRange({ from: null, to: '2020-12-31' })).toEqual({ to: '2020-12-31' });
    expect(checkTimeRange({ to: null })).toEqual({});
    expect(checkTimeRange(undefined)).toEqual({});
  });

  it('refuses a range that ends before it starts, naming the argument', () => {
    const error = refusal(() => checkTimeRange({ from: '2021-01-01', to: '2020-12-31' }, { path: 'filter.' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.to', value: '2020-12-31' });
  });

  it('still accepts the deprecated names of the bounds', () => {
    const deprecated = { from: 'activeFrom', to: 'activeTo' };
    expect(checkTimeRange({ activeFrom: '2020-01-01', activeTo: '2020-06-30' }, { path: 'filter.', deprecated })).toEqual({ from: '2020-01-01', to: '2020-06-30' });
    expect(checkTimeRange({ from: '2020-01-01', activeFrom: '2020-01-01', activeTo: '2020-06-30' }, { deprecated })).toEqual({ from: '2020-01-01', to: '2020-06-30' });
    const error = refusal(() => checkTimeRange({ activeFrom: '2020-01-01', activeTo: '2019-01-01' }, { path: 'filter.', deprecated }));
    expect(error.extensions).toMatchObject({ argument: 'filter.activeTo', value: '2019-01-01' });
  });

  it('refuses a deprecated bound that contradicts its new name', () => {
    const error = refusal(() => checkTimeRange({ from: '2021-01-01', activeFrom: '2020-01-01' }, { path: 'filter.', deprecated: { from: 'activeFrom' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.activeFrom', value: '2020-01-01' });
  });
});
