import {
  createMunicipalityLookup,
  createSourceLookup,
  firstDayOfPartialDate,
  parsePartialDate,
  parseStatbelMunicipalities,
  readStatbelMunicipalities,
} from './read-seed-content';

describe('reading seed content', () => {
  it('reads a day, a month and a year as the first and last day they designate', () => {
    expect(parsePartialDate('2015-01-20', 'test')).toEqual({ from: '2015-01-20', to: '2015-01-20', precision: 'DAY' });
    expect(parsePartialDate('2024-02', 'test')).toEqual({ from: '2024-02-01', to: '2024-02-29', precision: 'MONTH' });
    expect(parsePartialDate('2021', 'test')).toEqual({ from: '2021-01-01', to: '2021-12-31', precision: 'YEAR' });
    expect(firstDayOfPartialDate('2019-11', 'test')).toEqual({ date: '2019-11-01', precision: 'MONTH' });
    expect(firstDayOfPartialDate(null, 'test')).toEqual({ date: null, precision: null });
    expect(() => parsePartialDate('January 2015', 'flanders seed')).toThrow('flanders seed: date "January 2015" is not YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('finds sources and their reference dates, and names the seed and the id when one is missing', () => {
    const lookup = createSourceLookup({
      sources: [{ id: 'seed-000', date: null }, { id: 'press', date: '2019-06-15' }],
      referenceDates: { 'seed-000': '2020-04-22' },
      dateOf: (source) => source.date,
      where: 'test seed',
    });
    expect(lookup.referenceDate('seed-000')).toBe('2020-04-22');
    expect(lookup.referenceDate('press')).toBe('2019-06-15');
    expect(() => lookup.source('seed-009')).toThrow('test seed: unknown source "seed-009"');
    expect(() => createSourceLookup({ sources: [{ id: 'undated' }], referenceDates: {}, where: 'test seed' }).referenceDate('undated')).toThrow(
      'test seed: no reference date for source undated',
    );
  });

  it("reads all 565 municipalities of Statbel's 2025 table and refuses NIS codes that are not among them", () => {
    const { rows } = readStatbelMunicipalities();
    expect(rows).toHaveLength(565);
    const municipality = createMunicipalityLookup(
      rows.map((row) => ({ nis: row.nis_code, name: row.name_nl })),
      'test seed',
    );
    expect(municipality('41002').name).toBe('Aalst');
    expect(() => municipality('41001')).toThrow('test seed: 41001 is not a 2025 NIS code');
  });

  it('refuses a Statbel table without a column the seeds read, or with a malformed row', () => {
    const { raw } = readStatbelMunicipalities();
    const [header = '', first = ''] = raw.toString('utf8').split(/\r?\n/);
    expect(() => parseStatbelMunicipalities(`${header.replace('region_nis', 'region_code')}\n${first}`)).toThrow('missing column region_nis');
    expect(() => parseStatbelMunicipalities(`${header}\n${first},extra`)).toThrow('malformed row');
  });
});
