// Partial dates are read by the seeds (from the content files) and by the subgraphs (to answer a date's first and
// last day), so they live in the runtime part of @cohesion/db rather than in a seed.

/** How precise a date from the sources is: `2021` with YEAR precision means "in 2021". */
export type PartialDatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date as the sources give it, as the first and last day it designates. */
export type PartialDate = { from: string; to: string; precision: PartialDatePrecision };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads `2015-01-20`, `2015-01` or `2015` as the first and last day it designates; throws on anything else. */
export function parsePartialDate(value: string, where: string): PartialDate {
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw new Error(`${where}: date ${JSON.stringify(value)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  if (day) return { from: value, to: value, precision: 'DAY' };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
    return { from: `${value}-01`, to: lastDay, precision: 'MONTH' };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31`, precision: 'YEAR' };
}

/** First and last day of a date given as YYYY, YYYY-MM or YYYY-MM-DD; `where` names the caller in the error. */
export function daysOfPartialDate(value: string, where = 'partial date'): { from: string; to: string } {
  const { from, to } = parsePartialDate(value, where);
  return { from, to };
}
