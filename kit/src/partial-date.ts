/** A date as precisely as its source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; what `PartialDate` resolves from. */
export type PartialDateSource = string;

/** The `DatePrecision` enum of schema/common.graphql. */
export type DatePrecisionValue = 'DAY' | 'MONTH' | 'YEAR';

const TEXT_LENGTH: Record<DatePrecisionValue, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

/**
 * A partial date from the way tables store one: its first day and its precision (DAY, MONTH or YEAR); null when
 * either is missing.
 */
export function partialDateOf(firstDay: string | null | undefined, precision: string | null | undefined): PartialDateSource | null {
  if (!firstDay || !precision) return null;
  const length = TEXT_LENGTH[precision as DatePrecisionValue];
  if (length === undefined) throw new Error(`Unknown date precision ${JSON.stringify(precision)}: expected DAY, MONTH or YEAR`);
  return firstDay.slice(0, length);
}

const precisionOf = (text: PartialDateSource): DatePrecisionValue => (text.length === 4 ? 'YEAR' : text.length === 7 ? 'MONTH' : 'DAY');

function lastDayOf(text: PartialDateSource): string {
  const precision = precisionOf(text);
  if (precision === 'DAY') return text;
  if (precision === 'YEAR') return `${text}-12-31`;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)), 0)).getUTCDate();
  return `${text}-${String(last).padStart(2, '0')}`;
}

/** Resolvers of the shared `PartialDate` type. */
export const partialDateResolvers = {
  from: (text: PartialDateSource) => (text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text),
  to: lastDayOf,
  precision: precisionOf,
  text: (text: PartialDateSource) => text,
};
