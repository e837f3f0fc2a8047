import { invalidValue, type UserError } from './user-errors';

// Checks of mutation input values: each returns the user error naming the field, the value and what is accepted, or
// null. A mutation collects them all (`collectUserErrors`) so the caller learns every mistake at once.

/** The user errors among the results of a mutation's checks. */
export function collectUserErrors(...checks: ReadonlyArray<UserError | null | undefined | ReadonlyArray<UserError | null | undefined>>): UserError[] {
  return checks.flat().filter((check): check is UserError => Boolean(check));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written `YYYY-MM-DD` that exists (no 31 June), optionally within bounds (inclusive). */
export function checkDate(path: string, value: string | null | undefined, bounds: { notBefore?: string; notAfter?: string } = {}): UserError | null {
  if (value === null || value === undefined) return null;
  const match = ISO_DATE.exec(value);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!parsed || parsed.toISOString().slice(0, 10) !== value) return invalidValue(path, value, 'expected a calendar date written YYYY-MM-DD');
  if (bounds.notBefore && value < bounds.notBefore) return invalidValue(path, value, `expected ${bounds.notBefore} or later`);
  if (bounds.notAfter && value > bounds.notAfter) return invalidValue(path, value, `expected ${bounds.notAfter} or earlier`);
  return null;
}

/** A text that, when given, is not blank and at most `maxLength` characters long. */
export function checkText(path: string, value: string | null | undefined, options: { maxLength: number }): UserError | null {
  if (value === null || value === undefined) return null;
  if (value.trim() === '') return invalidValue(path, value, 'expected a non-empty text');
  if (value.length > options.maxLength) return invalidValue(path, value, `expected at most ${options.maxLength} characters`);
  return null;
}

// Deliberately loose: one @, no spaces, a dot in the domain; the mailbox itself is the owner's to check.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A work or functional e-mail address. */
export function checkEmail(path: string, value: string | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  return EMAIL.test(value) && value.length <= 254 ? null : invalidValue(path, value, 'expected an e-mail address such as preventie@aalst.be');
}

// Digits, spaces and the usual separators, with an optional leading +: the format Belgian numbers are published in.
const PHONE = /^\+?[0-9][0-9 ./()-]{5,30}$/;

/** A work or functional phone number. */
export function checkPhone(path: string, value: string | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  return PHONE.test(value) ? null : invalidValue(path, value, 'expected a phone number such as +32 53 73 22 11');
}

/** One of the accepted values (for strings GraphQL does not check itself, e.g. an id's form). */
export function checkOneOf(path: string, value: string | null | undefined, accepted: readonly string[]): UserError | null {
  if (value === null || value === undefined) return null;
  return accepted.includes(value) ? null : invalidValue(path, value, `expected one of ${accepted.join(', ')}`);
}

/** An `expectedVersion`: a whole number from 1. */
export function checkVersion(path: string, value: number | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  return Number.isInteger(value) && value >= 1 ? null : invalidValue(path, value, 'expected the version you read, a whole number from 1');
}

/** A change that changes something: at least one of the named optional fields is given. */
export function checkSomethingToChange(input: Record<string, unknown>, fields: readonly string[]): UserError | null {
  if (fields.some((field) => input[field] !== undefined && input[field] !== null)) return null;
  return invalidValue(fields[0] ?? 'input', null, `expected at least one of ${fields.join(', ')} to change`);
}
