import { badUserInput } from '@cohesion/kit';

export const NIS_CODE = /^\d{5}$/;

/** NIS codes are five digits; anything else is the caller's mistake, not an unknown municipality. */
export function checkNis(nis: string, argument = 'nis'): string {
  if (!NIS_CODE.test(nis)) throw badUserInput(argument, nis, 'expected a five-digit Statbel NIS code such as "44088"');
  return nis;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date in ISO form that exists (no 30 February). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
