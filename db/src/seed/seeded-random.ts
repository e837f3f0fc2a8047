import { createHash } from 'node:crypto';

/** A deterministic source of numbers in [0, 1) and the draws the SAMPLE generators make from it. */
export type SeededRandom = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[['A', 3], ['B', 1]]` gives A three times as often as B. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  /** A new array with the items in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An ISO date from `from` to `to`, both included. */
  dateBetween(from: string, to: string): string;
};

/**
 * How the seed string becomes numbers. Every SAMPLE data set keeps the algorithm it was generated with:
 * changing it would change every generated row (and the READMEs that describe them).
 * - `mulberry32`: mulberry32 seeded from the SHA-256 of the seed; small and fast.
 * - `sha256-counter`: the n-th draw is the first 32 bits of sha256(`seed:n`); slower, plenty for a few
 *   thousand draws (the federal generators).
 */
export type SeededRandomAlgorithm = 'mulberry32' | 'sha256-counter';

const DAY = 86_400_000;

function mulberry32(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function sha256Counter(seed: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * A generator seeded from a fixed string, so that generated SAMPLE data is the same on every machine,
 * every run and every Node version; Math.random would change it each time. Its methods are closures,
 * so `random.next` can be passed on unbound.
 */
export function createSeededRandom(seed: string, algorithm: SeededRandomAlgorithm = 'mulberry32'): SeededRandom {
  const next = algorithm === 'sha256-counter' ? sha256Counter(seed) : mulberry32(seed);
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    integer,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[integer(0, items.length - 1)] as T;
    },
    weighted: <T>(choices: ReadonlyArray<readonly [T, number]>): T => {
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
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = integer(0, index);
        [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
      }
      return copy;
    },
    dateBetween: (from: string, to: string) => {
      const start = Date.parse(`${from}T00:00:00Z`);
      const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY);
      return new Date(start + integer(0, days) * DAY).toISOString().slice(0, 10);
    },
  };
}
