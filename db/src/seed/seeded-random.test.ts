import { createSeededRandom } from './seeded-random';

describe('seeded random', () => {
  // Pinned draws: every SAMPLE data set depends on them, so any change to an algorithm must fail here first.
  it('draws the pinned mulberry32 numbers for a seed string', () => {
    const random = createSeededRandom('cohesion-hub');
    expect(Array.from({ length: 3 }, random.next)).toEqual([0.9685100698843598, 0.8821734362281859, 0.23229505331255496]);
  });

  it('draws the pinned sha256-counter numbers for a seed string', () => {
    const random = createSeededRandom('cohesion-hub', 'sha256-counter');
    expect(Array.from({ length: 3 }, random.next)).toEqual([0.8856378206983209, 0.6750652368646115, 0.8620359150227159]);
  });

  it('shuffles, picks, weighs and dates the same way on every run', () => {
    const mulberry = createSeededRandom('x');
    expect([mulberry.shuffle([1, 2, 3, 4, 5, 6, 7, 8]), mulberry.dateBetween('2022-02-01', '2023-12-31'), mulberry.pick(['a', 'b', 'c']), mulberry.integer(5, 9)]).toEqual([
      [2, 4, 6, 3, 7, 8, 1, 5],
      '2022-05-20',
      'b',
      5,
    ]);
    const counter = createSeededRandom('x', 'sha256-counter');
    expect([counter.shuffle([1, 2, 3, 4, 5, 6, 7, 8]), counter.weighted([['A', 3], ['B', 1]] as const), counter.pick(['a', 'b', 'c']), counter.integer(5, 9)]).toEqual([
      [3, 4, 2, 8, 5, 7, 1, 6],
      'A',
      'b',
      7,
    ]);
  });

  it('keeps integers and dates inside their bounds and refuses to pick from nothing', () => {
    const random = createSeededRandom('bounds');
    for (let draw = 0; draw < 1000; draw += 1) {
      const value = random.integer(3, 5);
      expect(value >= 3 && value <= 5 && Number.isInteger(value)).toBe(true);
      const date = random.dateBetween('2024-02-28', '2024-03-01');
      expect(['2024-02-28', '2024-02-29', '2024-03-01']).toContain(date);
    }
    expect(() => random.pick([])).toThrow('Cannot pick from an empty list');
  });
});
