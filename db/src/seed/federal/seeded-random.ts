import { createHash } from 'node:crypto';

/** A deterministic source of numbers in [0, 1) and the few draws the generators need. */
export type SeededRandom = {
  next(): number;
  /** An integer from `min` to `max`, both included. */
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[['A', 3], ['B', 1]]` gives A three times as often as B. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  shuffle<T>(items: readonly T[]): T[];
};

/**
 * Counter-mode SHA-256 over a fixed seed string: the n-th draw is the first 32 bits of sha256(seed:n). Slow
 * next to a real PRNG but plenty for a few thousand draws, and the same on every machine and Node version,
 * which is what generated SAMPLE data needs (never Math.random).
 */
export function createSeededRandom(seed: string): SeededRandom {
  let counter = 0;
  const next = () => createHash('sha256').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    integer,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[integer(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (choices) => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [choice, weight] of choices) {
        draw -= weight;
        if (draw < 0) return choice;
      }
      const last = choices.at(-1);
      if (!last) throw new Error('Cannot choose from no choices');
      return last[0];
    },
    shuffle: (items) => {
      const shuffled = [...items];
      for (let index = shuffled.length - 1; index > 0; index -= 1) {
        const other = integer(0, index);
        [shuffled[index], shuffled[other]] = [shuffled[other] as (typeof shuffled)[number], shuffled[index] as (typeof shuffled)[number]];
      }
      return shuffled;
    },
  };
}
