import { type ProvenanceSource } from './provenance';

/** One count of a level's `figures`, in the shared `Figure` shape; what `Figure` resolves from. */
export type FigureSource = {
  /** The value of the level's figure kind enum, e.g. `EVENTS_PER_MONTH`. */
  kind: string;
  label: string;
  keys: Array<{ name: string; value: string }>;
  /** The count, even when it is withheld: `Figure.value` hides it then. */
  count: number;
  /** Why the count is withheld; null when it is shown. */
  suppressionReason: string | null;
  provenance: ProvenanceSource;
};

/** Resolvers of the shared `Figure` type: a suppressed figure shows no value, only why. */
export const figureResolvers = {
  value: (figure: FigureSource) => (figure.suppressionReason === null ? figure.count : null),
  suppressed: (figure: FigureSource) => figure.suppressionReason !== null,
};

/** The figures of the given kinds, all of them when `kinds` is null or absent (every level's `figures(kinds:)`). */
export function ofKinds<T extends { kind: string }>(figures: readonly T[], kinds: readonly string[] | null | undefined): T[] {
  return kinds ? figures.filter((figure) => kinds.includes(figure.kind)) : [...figures];
}
