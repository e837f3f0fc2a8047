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

/** `undefined` for an absent or null filter value, the value otherwise. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
