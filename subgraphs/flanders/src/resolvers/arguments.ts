import { badUserInput } from '@cohesion/kit';

const NIS_CODE = /^\d{5}$/;

export function isNis(value: string): boolean {
  return NIS_CODE.test(value);
}

/** NIS codes are five digits; anything else is the caller's mistake, not an unknown unit. */
export function checkNis(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isNis(value)) throw badUserInput(argument, value, 'expected a five-digit Statbel NIS code such as "40000"');
  return value;
}

/** A date range must not end before it starts. */
export function checkRange(from: string | null | undefined, to: string | null | undefined, toArgument: string): { from?: string; to?: string } {
  if (from && to && to < from) throw badUserInput(toArgument, to, `expected a day on or after ${from}`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** A search text, trimmed; blank means no search. */
export function searchText(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** `undefined` for an absent or null filter value, the value otherwise. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
