import { badUserInput } from '@cohesion/kit';

const NIS_CODE = /^\d{5}$/;

/** NIS codes are five digits; anything else is the caller's mistake, not an unknown municipality. */
export function checkNis(nis: string | null | undefined, argument: string): string | undefined {
  if (nis === null || nis === undefined) return undefined;
  if (!NIS_CODE.test(nis)) throw badUserInput(argument, nis, 'expected a five-digit Statbel NIS code such as "24062"');
  return nis;
}

/** A date range whose end does not come before its start. */
export function checkDateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  names: { to: string } = { to: 'to' },
): { from?: string | undefined; to?: string | undefined } {
  if (from && to && to < from) throw badUserInput(names.to, to, `expected a date on or after ${from}`);
  return { from: from ?? undefined, to: to ?? undefined };
}

/** A blank search is no search. */
export function searchOf(search: string | null | undefined): string | undefined {
  return search?.trim() || undefined;
}
