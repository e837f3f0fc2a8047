import { checkNisCode } from '@cohesion/kit';

/** An optional NIS code argument: absent stays absent, anything but five digits is the caller's mistake. */
export function checkNis(nis: string | null | undefined, argument: string): string | undefined {
  return nis === null || nis === undefined ? undefined : checkNisCode(nis, argument);
}
