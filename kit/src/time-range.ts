import { badUserInput } from './errors';

/** The arguments (or filter fields) a time filter is read from: `from`, `to` and any deprecated names of them. */
export type TimeRangeArguments = { from?: string | null | undefined; to?: string | null | undefined; [name: string]: unknown };

export type TimeRangeOptions = {
  /** Where the bounds sit in the arguments, named in errors: `filter.` for a filter's fields. */
  path?: string;
  /** The names the bounds had before they were named `from`/`to` (`activeFrom`, `issuedTo`, ...): still accepted. */
  deprecated?: { from?: string; to?: string };
};

function boundOf(args: TimeRangeArguments, name: 'from' | 'to', path: string, oldName: string | undefined) {
  const value = args[name] ?? undefined;
  const old = oldName === undefined ? undefined : args[oldName];
  if (oldName === undefined || old === null || old === undefined) return { value, argument: `${path}${name}` };
  if (typeof old !== 'string') throw badUserInput(`${path}${oldName}`, old, 'expected a date YYYY-MM-DD');
  if (value !== undefined && value !== old) {
    throw badUserInput(`${path}${oldName}`, old, `expected the same date as ${path}${name} (${value}), or only ${path}${name}`);
  }
  return { value: old, argument: `${path}${oldName}` };
}

/**
 * The one time filter of every level: `from` and `to`, both included, either open. A range that ends before it
 * starts is the caller's mistake (BAD_USER_INPUT), not an empty answer. Deprecated names of the bounds still work,
 * so released clients do not break.
 */
export function checkTimeRange(
  args: TimeRangeArguments | null | undefined,
  { path = '', deprecated = {} }: TimeRangeOptions = {},
): { from?: string; to?: string } {
  if (!args) return {};
  const start = boundOf(args, 'from', path, deprecated.from);
  const end = boundOf(args, 'to', path, deprecated.to);
  if (start.value && end.value && end.value < start.value) {
    throw badUserInput(end.argument, end.value, `expected a date on or after ${start.argument} (${start.value})`);
  }
  return { ...(start.value ? { from: start.value } : {}), ...(end.value ? { to: end.value } : {}) };
}
