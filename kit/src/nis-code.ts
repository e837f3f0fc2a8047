import { badUserInput } from './errors';

const NIS_CODE = /^\d{5}$/;

/** Whether a value has the form of a Statbel NIS code (five digits), e.g. `41002`. */
export function isNisCode(value: string): boolean {
  return NIS_CODE.test(value);
}

/**
 * A NIS code argument, checked: anything but five digits is the caller's mistake (BAD_USER_INPUT), not an unknown
 * municipality, province or region.
 */
export function checkNisCode(value: string, argument: string): string {
  if (!isNisCode(value)) throw badUserInput(argument, value, 'expected a five-digit Statbel NIS code such as "41002"');
  return value;
}
