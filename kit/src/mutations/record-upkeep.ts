import { randomUUID } from 'node:crypto';
import { type AuditChange, foldForSearch } from '@cohesion/db';
import { eq, isNull, type SQL } from 'drizzle-orm';
import { type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { getNamedType, type GraphQLResolveInfo, isInputObjectType } from 'graphql';
import { type Identity, type JurisdictionTarget } from '../authorization';
import { isNisCode } from '../nis-code';
import {
  type MutationRequest,
  type MutationRunner,
  type MutationTransaction,
  type VersionedTable,
} from './mutation-runner';
import { invalidValue, recordNotFound, type UserError } from './user-errors';
import { checkSomethingToChange, checkVersion, collectUserErrors } from './validation';

// What every level's create, update and archive mutations of its catalogue records share (organisations, offers,
// events, projects, documents): the archive rule, the provenance of a written record, its new id and the audit
// changes of a creation. The writes themselves go through the mutation runner.

/** The day of a write, `YYYY-MM-DD` (UTC): the day a record is archived, the reference date of what an editor writes. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A new record's id: a readable prefix (the record kind, e.g. `meeting`) and a random suffix, so that ids never
 * collide with the seed's slugs or with each other.
 */
export function newRecordId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/**
 * The mark of a row a mutation inserts (db's `editedAtColumns`, which `updateVersioned` sets on updates): seeding
 * never overwrites nor prunes it.
 */
export function writtenThroughApi(now: Date = new Date()): { editedAt: string } {
  return { editedAt: now.toISOString() };
}

/** What a record written through a mutation cites (DESIGN.md principle 7): the caller's organisation, on the day it wrote. */
export function writerProvenance(identity: Identity, now: Date = new Date()) {
  return {
    source: identity.organisation ?? identity.subject,
    sourceKind: 'ORGANISATION',
    sourceUrl: null,
    referenceDate: todayIso(now),
  };
}

/** The provenance and the write mark of a record an editor creates: it cites the editor's organisation, seeds keep it. */
export function writtenByEditor(identity: Identity, now: Date = new Date()) {
  return { ...writerProvenance(identity, now), ...writtenThroughApi(now) };
}

/** The audit changes of a created record: every written field, from nothing to its value. */
export function creationChanges(values: Record<string, unknown>): AuditChange[] {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ field, before: null, after: value ?? null }));
}

/** The columns an archive sets. */
export type ArchiveColumns = { archivedOn: string | null; archiveReason: string | null };

/** The reason of an archive: required (records leave the lists for a stated reason), 3 to 500 characters. */
export function checkArchiveReason(path: string, value: string | null | undefined): UserError | null {
  if (value === null || value === undefined || value.trim().length < 3) {
    return invalidValue(
      path,
      value ?? null,
      'expected why the record is archived, 3 to 500 characters, e.g. "the working group was dissolved"',
    );
  }
  return value.length > 500 ? invalidValue(path, value, 'expected at most 500 characters') : null;
}

/**
 * The change that archives a locked record (for `updateVersioned`'s `set`): today and the reason, or a user error
 * when it is archived already (its first archive's date and reason stay, as history).
 */
export function archiveChange(reason: string, fail: (error: UserError) => never, idField = 'id') {
  return (current: ArchiveColumns): ArchiveColumns => {
    if (current.archivedOn !== null) {
      return fail(
        invalidValue(
          idField,
          null,
          `the record was already archived on ${current.archivedOn} ("${current.archiveReason ?? ''}"); archive a current record`,
        ),
      );
    }
    return { archivedOn: todayIso(), archiveReason: reason.trim() };
  };
}

/** The `Archival` a record's `archived` field answers: null while it is current. */
export function archivalOf(row: ArchiveColumns): { archivedOn: string; reason: string } | null {
  return row.archivedOn === null ? null : { archivedOn: row.archivedOn, reason: row.archiveReason ?? '' };
}

/** A text in up to four languages as a mutation receives it (`LocalizedTextInput`). */
export type LocalizedTextInputValue = {
  nl?: string | null;
  fr?: string | null;
  de?: string | null;
  en?: string | null;
};

const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;

/**
 * A multilingual text: when given, at least one language non-blank, each at most `maxLength` characters; `required`
 * refuses a missing one too.
 */
export function checkLocalizedText(
  path: string,
  value: LocalizedTextInputValue | null | undefined,
  options: { maxLength: number; required?: boolean },
): UserError | null {
  if (value === null || value === undefined)
    return options.required
      ? invalidValue(path, null, 'expected a text in at least one of nl, fr, de, en')
      : null;
  const given = LANGUAGES.filter((language) => typeof value[language] === 'string');
  if (given.length === 0 || given.every((language) => (value[language] as string).trim() === '')) {
    return invalidValue(path, value, 'expected a non-empty text in at least one of nl, fr, de, en');
  }
  const tooLong = given.find((language) => (value[language] as string).length > options.maxLength);
  return tooLong
    ? invalidValue(`${path}.${tooLong}`, value[tooLong], `expected at most ${options.maxLength} characters`)
    : null;
}

/** The stored form of a `LocalizedTextInput`: the languages given, trimmed, blank ones left out. */
export function localizedTextValue(value: LocalizedTextInputValue): {
  nl?: string;
  fr?: string;
  de?: string;
  en?: string;
} {
  return Object.fromEntries(
    LANGUAGES.flatMap((language) => {
      const text = value[language]?.trim();
      return text ? [[language, text]] : [];
    }),
  );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day written HH:MM (24 hours). */
export function checkTimeOfDay(path: string, value: string | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  return TIME.test(value)
    ? null
    : invalidValue(path, value, 'expected a time of day written HH:MM, e.g. 09:30');
}

/** A web address: http or https, at most 500 characters. */
export function checkWebAddress(path: string, value: string | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  return url && (url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 500
    ? null
    : invalidValue(path, value, 'expected a web address such as https://www.vvsg.be');
}

/** A whole number within bounds (inclusive). */
export function checkWholeNumber(
  path: string,
  value: number | null | undefined,
  bounds: { min: number; max: number },
): UserError | null {
  if (value === null || value === undefined) return null;
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max
    ? null
    : invalidValue(path, value, `expected a whole number from ${bounds.min} to ${bounds.max}`);
}

/** The condition of a default list: current records only, unless the caller asks for archived ones too. */
export function currentRecords(
  archivedOn: PgColumn,
  includeArchived: boolean | null | undefined,
): SQL | undefined {
  return includeArchived ? undefined : isNull(archivedOn);
}

/** What every archive mutation receives (schema/common.graphql `ArchiveRecordInput`). */
export type ArchiveInput = {
  id: string;
  expectedVersion: number;
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
};

/** The user errors of an archive input: the version read, and the required reason. */
export function archiveInputErrors(input: ArchiveInput): UserError[] {
  return collectUserErrors(
    checkVersion('expectedVersion', input.expectedVersion),
    checkArchiveReason('reason', input.reason),
  );
}

export type ArchiveRecordOptions = {
  table: VersionedTable;
  idColumn: PgColumn;
  /** The GraphQL type name of the record, e.g. `FlemishOrganisation`. */
  recordType: string;
  input: ArchiveInput;
  /** Where the locked record belongs: the caller's jurisdictions must cover it. */
  territory: (row: never) => JurisdictionTarget | Promise<JurisdictionTarget>;
};

/**
 * Archives one record inside a mutation: `updateVersioned` with today and the reason (NOT_FOUND, FORBIDDEN, CONFLICT
 * as for any update; an archived record cannot be archived again), audited like any change.
 */
export function archiveRecord<Row extends { version: number } & ArchiveColumns>(
  transaction: MutationTransaction,
  options: ArchiveRecordOptions,
): Promise<Row> {
  return transaction.updateVersioned<Row>({
    table: options.table,
    idColumn: options.idColumn,
    id: options.input.id,
    recordType: options.recordType,
    expectedVersion: options.input.expectedVersion,
    territory: options.territory as (row: Row) => JurisdictionTarget | Promise<JurisdictionTarget>,
    set: archiveChange(options.input.reason ?? '', transaction.fail) as unknown as (
      current: Row,
    ) => Partial<Row>,
  });
}

/**
 * The columns of an update that the input gives: entries whose value is null or undefined are left out, so that a
 * field the caller leaves out keeps its stored value.
 */
export function pickGiven<Values extends Record<string, unknown>>(
  values: Values,
): { [Key in keyof Values]?: NonNullable<Values[Key]> } {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== undefined),
  ) as {
    [Key in keyof Values]?: NonNullable<Values[Key]>;
  };
}

/** A stored multilingual text, as the levels' jsonb columns hold it. */
type StoredText = { nl?: string | null; fr?: string | null; de?: string | null; en?: string | null };

/**
 * The folded search text of a record an editor writes: every language of its texts and its plain strings, folded
 * as the seeds fold them, so that search finds edited and seeded records alike.
 */
export function searchTextOf(
  ...parts: Array<StoredText | string | readonly string[] | null | undefined>
): string {
  const strings = parts.flatMap((part): string[] => {
    if (part === null || part === undefined) return [];
    if (typeof part === 'string') return [part];
    if (Array.isArray(part)) return [...(part as readonly string[])];
    return Object.values(part as StoredText).filter((value): value is string => typeof value === 'string');
  });
  return foldForSearch(...strings);
}

/** The folded text a record sorts by: its text in the first language of `order` it has (the level's seed order). */
export function sortTextOf(text: StoredText, order: ReadonlyArray<keyof StoredText>): string {
  const language = order.find((candidate) => typeof text[candidate] === 'string');
  return foldForSearch(language ? (text[language] as string) : '');
}

export type ArchiveMutationOptions<Row, Key extends string> = {
  /** The mutation field's name, e.g. `archiveFlemishOrganisation`. */
  mutation: string;
  table: VersionedTable;
  idColumn: PgColumn;
  recordType: string;
  /** The payload field of the archived record, e.g. `organisation`. */
  payloadKey: Key;
  /** Where a locked record belongs (the level's rule for this type). */
  territory: (row: Row) => JurisdictionTarget | Promise<JurisdictionTarget>;
};

/**
 * The resolver of an archive mutation (`archive<Type>(input: ArchiveRecordInput!)`): the record leaves the default
 * lists with its reason and stays readable by id; the payload holds it under `payloadKey`.
 */
export function archiveMutationResolver<Row extends { version: number } & ArchiveColumns, Key extends string>(
  runMutation: MutationRunner,
  options: ArchiveMutationOptions<Row, Key>,
) {
  return (_root: unknown, { input }: { input: ArchiveInput }, context: MutationRequest) =>
    runMutation(context, {
      mutation: options.mutation,
      input,
      userErrors: archiveInputErrors(input),
      write: async (transaction) => {
        const row = await archiveRecord<Row>(transaction, {
          table: options.table,
          idColumn: options.idColumn,
          recordType: options.recordType,
          input,
          territory: options.territory as (row: never) => JurisdictionTarget,
        });
        return { [options.payloadKey]: row } as Record<Key, Row>;
      },
    });
}

/** The user error of a municipality input that is not a five-digit Statbel NIS code (kit's `isNisCode`), or null. */
export function checkNisCodeInput(path: string, value: string | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  return isNisCode(value)
    ? null
    : invalidValue(path, value, 'expected a five-digit Statbel NIS code such as "41002"');
}

/** An input field naming another record of the level by id (an offer's organisation, a project's lead): it must exist. */
export type RecordReference = {
  field: string;
  table: PgTable;
  idColumn: PgColumn;
  /** The GraphQL type of the referenced record, for the NOT_FOUND message. */
  recordType: string;
};

/** Fails the mutation with NOT_FOUND when an input field names a record that does not exist. */
export async function requireReferences(
  transaction: MutationTransaction,
  references: readonly RecordReference[],
  input: Record<string, unknown>,
): Promise<void> {
  for (const reference of references) {
    const id = input[reference.field];
    if (typeof id !== 'string') continue;
    const [found] = await transaction.db
      .select({ id: reference.idColumn })
      .from(reference.table)
      .where(eq(reference.idColumn, id));
    if (!found) transaction.fail(recordNotFound(reference.field, reference.recordType, id));
  }
}

/** What every update mutation's input carries besides its changes. */
export type UpdateInput = { id: string; expectedVersion: number; idempotencyKey?: string | null | undefined };

export type UpdateMutationOptions<Row, Key extends string, Input extends UpdateInput> = {
  /** The mutation field's name, e.g. `updateFlemishOrganisation`. */
  mutation: string;
  table: VersionedTable;
  idColumn: PgColumn;
  recordType: string;
  /** The payload field of the updated record, e.g. `organisation`. */
  payloadKey: Key;
  /**
   * The input fields that change something, at least one of which must be given; by default every field of the
   * mutation's input type but the record's id, `expectedVersion` and `idempotencyKey`.
   */
  changeable?: ReadonlyArray<keyof Input & string>;
  /** Input fields naming other records of the level, which must exist. */
  references?: readonly RecordReference[];
  /** The user errors of the given values (kit's checks), all reported at once. */
  inputErrors: (
    input: Input,
  ) => ReadonlyArray<UserError | null | undefined | ReadonlyArray<UserError | null | undefined>>;
  /** Where a locked record belongs (the level's rule for this type). */
  territory: (row: Row) => JurisdictionTarget | Promise<JurisdictionTarget>;
  /** The columns to write, from the input and the locked current row; `fail` refuses the change. */
  change: (input: Input, current: Row, fail: (error: UserError) => never) => Partial<Row>;
};

/**
 * The resolver of an update mutation (`update<Type>(input: …)`): the input's checks, then `updateVersioned` (NOT_FOUND,
 * FORBIDDEN, CONFLICT, version + 1, audit of each changed column); the payload holds the record under `payloadKey`.
 */
export function updateMutationResolver<
  Row extends { version: number },
  Key extends string,
  Input extends UpdateInput,
>(runMutation: MutationRunner, options: UpdateMutationOptions<Row, Key, Input>) {
  return (_root: unknown, { input }: { input: Input }, context: MutationRequest, info: GraphQLResolveInfo) =>
    runMutation(context, {
      mutation: options.mutation,
      input,
      userErrors: collectUserErrors(
        checkVersion('expectedVersion', input.expectedVersion),
        ...options.inputErrors(input),
        checkSomethingToChange(input, options.changeable ?? changeableFields(info)),
      ),
      write: async (transaction) => {
        await requireReferences(transaction, options.references ?? [], input);
        const row = await transaction.updateVersioned<Row>({
          table: options.table,
          idColumn: options.idColumn,
          id: input.id,
          recordType: options.recordType,
          expectedVersion: input.expectedVersion,
          territory: options.territory,
          set: (current) => options.change(input, current, transaction.fail),
        });
        return { [options.payloadKey]: row } as Record<Key, Row>;
      },
    });
}

const NOT_CHANGES = new Set(['id', 'expectedVersion', 'idempotencyKey']);

/** The fields of a mutation's `input` type that change the record (all but its id, version and idempotency key). */
function changeableFields(info: GraphQLResolveInfo): string[] {
  const field = info.parentType.getFields()[info.fieldName];
  const input = field?.args.find((argument) => argument.name === 'input');
  const type = input ? getNamedType(input.type) : undefined;
  return type && isInputObjectType(type)
    ? Object.keys(type.getFields()).filter((field) => !NOT_CHANGES.has(field))
    : [];
}
