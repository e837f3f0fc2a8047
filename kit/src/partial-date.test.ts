import { partialDateOf, partialDateResolvers } from './partial-date';

describe('partial dates', () => {
  it('keeps a stored first day as precisely as its precision says', () => {
    expect([partialDateOf('2015-01-01', 'YEAR'), partialDateOf('2015-01-01', 'MONTH'), partialDateOf('2015-01-20', 'DAY')]).toEqual(['2015', '2015-01', '2015-01-20']);
    expect([partialDateOf(null, 'DAY'), partialDateOf('2015-01-01', null)]).toEqual([null, null]);
  });

  it('designates the whole period: a year, a month (leap years included) or a day', () => {
    const period = (text: string) => [partialDateResolvers.from(text), partialDateResolvers.to(text), partialDateResolvers.precision(text)];
    expect(period('2019')).toEqual(['2019-01-01', '2019-12-31', 'YEAR']);
    expect(period('2024-02')).toEqual(['2024-02-01', '2024-02-29', 'MONTH']);
    expect(period('2023-02')).toEqual(['2023-02-01', '2023-02-28', 'MONTH']);
    expect(period('2015-02-02')).toEqual(['2015-02-02', '2015-02-02', 'DAY']);
  });

  it('refuses a precision it does not know', () => {
    expect(() => partialDateOf('2015-01-01', 'WEEK')).toThrow('"WEEK"');
  });
});
