import { checkNisCode } from '@cohesion/kit';

/** A NIS code argument (`nis` unless named), checked by kit: anything but five digits is the caller's mistake. */
export function checkNis(nis: string, argument = 'nis'): string {
  return checkNisCode(nis, argument);
}

