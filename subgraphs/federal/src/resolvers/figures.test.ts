import { type FigureSource } from '../data/rows';
import { SMALL_COUNT_THRESHOLD, suppressionReasonOf } from './figures';

function figure(count: number, aboutPeopleOrCasesBelowRegion: boolean): FigureSource {
  return {
    kind: 'EXAMPLE',
    label: 'Example',
    keys: [],
    count,
    aboutPeopleOrCasesBelowRegion,
    provenance: { source: 'test', sourceKind: 'SAMPLE', sourceUrl: null, referenceDate: '2025-01-01' },
  };
}

describe('figure suppression', () => {
  it('withholds counts from 1 to 4 about people or cases below region level, and says why', () => {
    for (let count = 1; count < SMALL_COUNT_THRESHOLD; count += 1) {
      expect(suppressionReasonOf(figure(count, true))).toMatch(/fewer than 5/i);
    }
  });

  it('shows zero, counts of 5 and more, and every count that is not about people or cases', () => {
    expect(suppressionReasonOf(figure(0, true))).toBeNull();
    expect(suppressionReasonOf(figure(SMALL_COUNT_THRESHOLD, true))).toBeNull();
    expect(suppressionReasonOf(figure(1, false))).toBeNull();
  });
});
