import { checkNisCode } from '@cohesion/kit';

/** An optional NIS code argument: absent stays absent, anything but five digits is the caller's mistake. */
export function checkNis(value: string | null | undefined, argument: string): string | undefined {
  return value === null || value === undefined ? undefined : checkNisCode(value, argument);
}

/** `undefined` for an absent or null filter value, the value otherwise. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
