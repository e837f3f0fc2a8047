import { badUserInput } from './errors';

/** A bound under a name a released client may still send, before the filter was named `from`/`to`. */
export type DeprecatedBound = { name: string; value: string | null | undefined };

export type TimeRangeOptions = {
  /** Where `from` and `to` sit in the arguments, named in errors: `filter.` for a filter's fields. */
  path?: string;
  /** The old names of the bounds, still accepted (`activeFrom`, `issuedTo`, ...). */
  deprecated?: { from?: DeprecatedBound; to?: DeprecatedBound };
};

function boundOf(name: 'from' | 'to', value: string | null | undefined, path: string, old: DeprecatedBound | undefined) {
  if (!old || old.value === null || old.value === undefined) return { value: value ?? undefined, argument: `${path}${name}` };
  if (value !== null && value !== undefined && value !== old.value) {
    throw badUserInput(`${path}${old.name}`, old.value, `expected the same date as ${path}${name} (${value}), or only ${path}${name}`);
  }
  return { value: old.value, argument: `${path}${old.name}` };
}

/**
 * The one time filter of every level: `from` and `to`, both included, either open. A range that ends before it
 * starts is the caller's mistake (BAD_USER_INPUT), not an empty answer. Deprecated names of the bounds still work.
 */
export function checkTimeRange(
  from: string | null | undefined,
  to: string | null | undefined,
  { path = '', deprecated = {} }: TimeRangeOptions = {},
): { from?: string; to?: string } {
  const start = boundOf('from', from, path, deprecated.from);
  const end = boundOf('to', to, path, deprecated.to);
  if (start.value && end.value && end.value < start.value) {
    throw badUserInput(end.argument, end.value, `expected a date on or after ${start.argument} (${start.value})`);
  }
  return { ...(start.value ? { from: start.value } : {}), ...(end.value ? { to: end.value } : {}) };
}
