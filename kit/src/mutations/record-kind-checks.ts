import {
  checkLocalizedText,
  checkTimeOfDay,
  checkWebAddress,
  type LocalizedTextInputValue,
} from './record-upkeep';
import { invalidValue, type UserError } from './user-errors';
import { checkDate, checkEmail, checkPhone, checkText } from './validation';

// The input fields every level's create and update mutations of a recurring kind share (the fields behind
// schema/common.graphql's Organisation, Offer, Event, Project and Document interfaces), checked the same way on every
// level: a level's input names them alike, and adds its own fields, which it checks itself.

/** The recurring kinds of record every level keeps; also the payload field of a write and the prefix of a new id. */
export type RecordKind = 'organisation' | 'offer' | 'event' | 'project' | 'document';

type FieldCheck = (path: string, value: never) => UserError | null;

const localized =
  (maxLength: number): FieldCheck =>
  (path, value: LocalizedTextInputValue | null | undefined) =>
    checkLocalizedText(path, value, { maxLength });
const text =
  (maxLength: number): FieldCheck =>
  (path, value: string | null | undefined) =>
    checkText(path, value, { maxLength });
const day =
  (notBefore: string): FieldCheck =>
  (path, value: string | null | undefined) =>
    checkDate(path, value, { notBefore });

const description = localized(5000);

/** The checks of each kind's shared input fields, by input field name; a field an input does not have is skipped. */
const KIND_FIELDS: Record<RecordKind, Record<string, FieldCheck>> = {
  organisation: {
    names: localized(300),
    acronym: text(30),
    website: checkWebAddress,
    email: checkEmail,
    phone: checkPhone,
    description,
  },
  offer: { titles: localized(300), description, availableFrom: day('2000-01-01') },
  event: {
    titles: localized(300),
    date: day('2000-01-01'),
    startTime: checkTimeOfDay,
    endTime: checkTimeOfDay,
    venueName: text(200),
    venueCity: text(100),
    statusNote: text(300),
    description,
  },
  project: {
    names: localized(300),
    acronym: text(30),
    titles: localized(300),
    periodStart: day('2000-01-01'),
    periodEnd: day('2000-01-01'),
    startsOn: day('2000-01-01'),
    endsOn: day('2000-01-01'),
    funding: text(300),
    description,
  },
  document: {
    titles: localized(500),
    date: day('1980-01-01'),
    issuedOn: day('1980-01-01'),
    issuingAuthority: text(300),
    reference: text(200),
    description,
  },
};

/** The input fields whose values may not come in the other order: an event ends after it starts, a project too. */
const ORDERED_FIELDS: Partial<Record<RecordKind, Array<[start: string, end: string]>>> = {
  event: [['startTime', 'endTime']],
  project: [
    ['periodStart', 'periodEnd'],
    ['startsOn', 'endsOn'],
  ],
};

/**
 * The user error of an end before its start (a time of day must be strictly after, a day may be the same), or null
 * when either is missing. `startLabel` says what the end is compared with, in the message.
 */
export function checkOrder(
  endPath: string,
  start: string | null | undefined,
  end: string | null | undefined,
  startLabel: string,
): UserError | null {
  if (!start || !end) return null;
  const isTime = start.includes(':');
  if (isTime ? end > start : end >= start) return null;
  return invalidValue(
    endPath,
    end,
    `expected ${isTime ? 'a time after' : 'a day on or after'} ${startLabel} ${start}`,
  );
}

/**
 * The user errors of the shared fields of a create or update input of `kind`: each given value checked, and an end
 * before its start. (What a create input requires, its SDL marks non-null: GraphQL refuses it missing.)
 */
export function recordKindErrors(kind: RecordKind, input: Record<string, unknown>): UserError[] {
  const fieldErrors = Object.entries(KIND_FIELDS[kind]).map(([field, check]) =>
    check(field, input[field] as never),
  );
  const orderErrors = (ORDERED_FIELDS[kind] ?? []).map(([start, end]) =>
    checkOrder(end, input[start] as string | undefined, input[end] as string | undefined, start),
  );
  return [...fieldErrors, ...orderErrors].filter((error): error is UserError => error !== null);
}
