import { badUserInput } from '@cohesion/kit';
import { type CoverageSeriesInterval } from '../generated/resolvers-types';

const MONTHS: Record<CoverageSeriesInterval, number> = { YEAR: 12, QUARTER: 3, MONTH: 1 };
export const MAX_SERIES_POINTS = 600;

/**
 * The dates of a series: `from`, then every step after it up to `to`. Steps are counted from `from` (not added one
 * after the other), and a day past the end of a month is the month's last day: 31 January monthly gives 29 February
 * (2024), then 31 March.
 */
export function seriesDates(from: string, to: string, interval: CoverageSeriesInterval): string[] {
  if (from > to) throw badUserInput('to', to, `expected a date on or after from (${from})`);
  const [year = 0, month = 1, day = 1] = from.split('-').map(Number);
  const dates: string[] = [];
  for (let step = 0; ; step += 1) {
    const months = month - 1 + step * MONTHS[interval];
    const y = year + Math.floor(months / 12);
    const m = months % 12;
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const date = new Date(Date.UTC(y, m, Math.min(day, lastDay))).toISOString().slice(0, 10);
    if (date > to) break;
    if (dates.length === MAX_SERIES_POINTS) {
      throw badUserInput('interval', interval, `expected at most ${MAX_SERIES_POINTS} points from ${from} to ${to}; choose a longer interval or a shorter period`);
    }
    dates.push(date);
  }
  return dates;
}
