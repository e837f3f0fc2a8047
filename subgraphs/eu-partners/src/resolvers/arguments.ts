import { badUserInput } from '@cohesion/kit';

const NIS_CODE = /^\d{5}$/;

/** NIS codes are five digits; anything else is the caller's mistake, not an unknown municipality. */
export function checkNis(nis: string | null | undefined, argument: string): string | undefined {
  if (nis === null || nis === undefined) return undefined;
  if (!NIS_CODE.test(nis)) throw badUserInput(argument, nis, 'expected a five-digit Statbel NIS code such as "24062"');
  return nis;
}
