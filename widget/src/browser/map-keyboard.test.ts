import { nearestInDirection, nearestTo } from './map-keyboard';
import { formatDate } from './dates';
import { sortMunicipalities, type MunicipalityRow } from './municipality-rows';

describe('arrow-key navigation between municipalities', () => {
  // A 3 × 3 grid, index = row * 3 + column, row 0 at the top (north).
  const grid = [0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => ({ x: column, y: -row })));

  it('moves to the nearest neighbour in the arrow’s direction, preferring the same row or column', () => {
    expect(nearestInDirection(grid, 4, 'right')).toBe(5);
    expect(nearestInDirection(grid, 4, 'left')).toBe(3);
    expect(nearestInDirection(grid, 4, 'up')).toBe(1);
    expect(nearestInDirection(grid, 4, 'down')).toBe(7);
  });

  it('stays put at the edge of the map', () => {
    expect(nearestInDirection(grid, 2, 'right')).toBeUndefined();
    expect(nearestInDirection(grid, 6, 'down')).toBeUndefined();
  });

  it('starts from the municipality nearest the centre of the view', () => {
    expect(nearestTo(grid, { x: 0.9, y: -1.2 })).toBe(4);
  });
});

describe('dates at the precision their source gives', () => {
  it('shows a day, a month or a year in the reader’s language', () => {
    expect(formatDate('2019-11-01', 'fr', 'MONTH')).toBe('novembre 2019');
    expect(formatDate('2019-11-01', 'nl', 'MONTH')).toBe('november 2019');
    expect(formatDate('2019-11-01', 'en', 'YEAR')).toBe('2019');
    expect(formatDate('2019-06-15', 'de')).toBe('15. Juni 2019');
    expect(formatDate('2019-06-15', 'en')).toBe('15 June 2019');
  });
});

describe('the table alternative of the map', () => {
  const row = (municipality: string, cell: string, since: string, statusOrder: number): MunicipalityRow => ({
    nis: municipality,
    municipality,
    cell,
    scope: cell ? 'Own cell' : '',
    status: String(statusOrder),
    statusOrder,
    since,
  });
  const rows = [row('Zulte', 'Z', '2018-01-01', 0), row('Aalst', '', '', 2), row('Élouges', 'E', '2016-05-01', 1), row('Beveren', 'B', '2020-02-01', 0)];

  it('sorts by name in the language’s collation, by date in time order, and by status in legend order', () => {
    expect(sortMunicipalities(rows, 'municipality', true, 'fr').map((r) => r.municipality)).toEqual(['Aalst', 'Beveren', 'Élouges', 'Zulte']);
    expect(sortMunicipalities(rows, 'since', true, 'fr').map((r) => r.municipality)).toEqual(['Élouges', 'Zulte', 'Beveren', 'Aalst']);
    expect(sortMunicipalities(rows, 'since', false, 'fr').map((r) => r.municipality)).toEqual(['Beveren', 'Zulte', 'Élouges', 'Aalst']);
    expect(sortMunicipalities(rows, 'status', true, 'fr').map((r) => r.municipality)).toEqual(['Beveren', 'Zulte', 'Élouges', 'Aalst']);
  });
});
