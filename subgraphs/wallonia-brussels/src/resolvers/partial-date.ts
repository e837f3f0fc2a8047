import { type PartialDateSource } from '../data/rows';

/** A partial date from its first day and precision: the period it designates (DAY, MONTH or YEAR). */
export function partialDate(day: string | null, precision: string | null): PartialDateSource | null {
  if (!day || !precision) return null;
  const year = day.slice(0, 4);
  const month = day.slice(0, 7);
  if (precision === 'YEAR') return { from: `${year}-01-01`, to: `${year}-12-31`, precision };
  if (precision === 'MONTH') {
    const last = new Date(Date.UTC(Number(year), Number(day.slice(5, 7)), 0)).getUTCDate();
    return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, precision };
  }
  return { from: day, to: day, precision };
}

/** The date as precisely as the source gives it: `2015-01-20`, `2015-01` or `2015`. */
export function partialDateText(date: PartialDateSource): string {
  if (date.precision === 'YEAR') return date.from.slice(0, 4);
  if (date.precision === 'MONTH') return date.from.slice(0, 7);
  return date.from;
}
