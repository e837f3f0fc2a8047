import { type PgColumn } from 'drizzle-orm/pg-core';
import { type GraphQLResolveInfo } from 'graphql';
import { type Identity, type JurisdictionTarget } from '../authorization';
import { type MutationRequest, type MutationRunner, type VersionedTable } from './mutation-runner';
import { type RecordKind, recordKindErrors } from './record-kind-checks';
import {
  archiveMutationResolver,
  type ArchiveColumns,
  type ArchiveInput,
  creationChanges,
  newRecordId,
  type RecordReference,
  requireReferences,
  updateMutationResolver,
  type UpdateInput,
} from './record-upkeep';
import { type UserError } from './user-errors';
import { collectUserErrors } from './validation';

type Checks = ReadonlyArray<UserError | null | undefined | ReadonlyArray<UserError | null | undefined>>;

export type RecordMutationsOptions<
  Row extends { version: number } & ArchiveColumns,
  RecordType extends string,
  Key extends string,
  CreateInput extends { idempotencyKey?: string | null | undefined },
  Update extends UpdateInput,
  CreateVerb extends string = 'create',
> = {
  /** The GraphQL type, e.g. `FlemishOrganisation`: the mutations are `create…`, `update…` and `archive…` of it. */
  recordType: RecordType;
  /** The verb of the creating mutation when it is not `create`, e.g. `record` (`recordFederalMobileTeamVisit`). */
  createVerb?: CreateVerb;
  /** The payload field of the written record, e.g. `organisation`; also the prefix of a new record's id. */
  payloadKey: Key;
  table: VersionedTable;
  idColumn: PgColumn;
  /** Where a record belongs (the level's rule for this type): a new one is checked before it is inserted. */
  territory: (row: Row) => JurisdictionTarget | Promise<JurisdictionTarget>;
  /** The input field that decides where a new record belongs, named by a FORBIDDEN user error (default `id`). */
  territoryField?: string;
  /** Input fields naming other records of the level, which must exist. */
  references?: readonly RecordReference[];
  /** The user errors of the fields create and update inputs share (`recordKindErrors` for a recurring kind). */
  fieldErrors: (input: Record<string, unknown>) => Checks;
  /** The user errors of fields only the create input has. */
  createErrors?: (input: CreateInput) => Checks;
  /** The user errors of fields only the update input has. */
  updateErrors?: (input: Update) => Checks;
  /** The columns of a new record from its input and its writer, without its id and the derived columns. */
  insert: (input: CreateInput, identity: Identity) => Record<string, unknown>;
  /** The columns an update writes, from the input and the locked current row; `fail` refuses the change. */
  change: (input: Update, current: Row, fail: (error: UserError) => never) => Partial<Row>;
  /** The columns computed from the record itself (sort and search text), refreshed on every write. */
  derive: (row: Row) => Partial<Row>;
};

type Resolver<Input, Payload> = (
  root: unknown,
  args: { input: Input },
  context: MutationRequest,
  info: GraphQLResolveInfo,
) => Promise<Payload>;

type Written<Row, Key extends string> = Awaited<ReturnType<MutationRunner>> & Partial<Record<Key, Row>>;

/** The three resolvers of a record type, named after it. */
export type RecordMutations<
  Row,
  RecordType extends string,
  Key extends string,
  CreateInput,
  Update,
  CreateVerb extends string = 'create',
> = Record<`${CreateVerb}${RecordType}`, Resolver<CreateInput, Written<Row, Key>>> &
  Record<`update${RecordType}`, Resolver<Update, Written<Row, Key>>> &
  Record<`archive${RecordType}`, Resolver<ArchiveInput, Written<Row, Key>>>;

/**
 * The create, update and archive mutations of one of a level's record types, all through the level's mutation runner
 * (idempotency, audit, one transaction):
 * - `create<Type>`: the field checks, the jurisdiction of where the new record will belong, the referenced records,
 *   then the insert at version 1 and an audit row of every written value;
 * - `update<Type>`: the same checks, at least one field to change, then `updateVersioned` on `expectedVersion`
 *   (NOT_FOUND, FORBIDDEN, CONFLICT) with the derived columns refreshed;
 * - `archive<Type>`: a required reason; the record is never deleted.
 * The payload holds the record under `payloadKey`.
 */
export function createRecordMutations<
  Row extends { version: number } & ArchiveColumns,
  RecordType extends string,
  Key extends string,
  CreateInput extends { idempotencyKey?: string | null | undefined },
  Update extends UpdateInput,
  CreateVerb extends string = 'create',
>(
  runMutation: MutationRunner,
  options: RecordMutationsOptions<Row, RecordType, Key, CreateInput, Update, CreateVerb>,
): RecordMutations<Row, RecordType, Key, CreateInput, Update, CreateVerb> {
  const { payloadKey, recordType, table } = options;
  const createMutation = `${options.createVerb ?? 'create'}${recordType}`;
  const references = options.references ?? [];
  const create: Resolver<CreateInput, unknown> = (_root, { input }, context) =>
    runMutation(context, {
      mutation: createMutation,
      input,
      userErrors: collectUserErrors(...options.fieldErrors(input), ...(options.createErrors?.(input) ?? [])),
      write: async (transaction) => {
        const id = newRecordId(payloadKey);
        const values = { id, ...options.insert(input, transaction.identity) } as unknown as Row;
        const row = { ...values, ...options.derive(values) };
        const territory = await options.territory(row);
        transaction.requireJurisdiction(territory, { recordType, id, idField: options.territoryField });
        await requireReferences(transaction, references, input);
        const [record] = await transaction.db.insert(table).values(row).returning();
        await transaction.audit({ recordType, recordId: id, changes: creationChanges(row), territory });
        return { [payloadKey]: record as Row };
      },
    });
  const update = updateMutationResolver<Row, Key, Update>(runMutation, {
    mutation: `update${recordType}`,
    table,
    idColumn: options.idColumn,
    recordType,
    payloadKey,
    references,
    inputErrors: (input) => [...options.fieldErrors(input), ...(options.updateErrors?.(input) ?? [])],
    territory: options.territory,
    change: (input, current, fail) => {
      const next = options.change(input, current, fail);
      return { ...next, ...options.derive({ ...current, ...next }) };
    },
  });
  const archive = archiveMutationResolver<Row, Key>(runMutation, {
    mutation: `archive${recordType}`,
    table,
    idColumn: options.idColumn,
    recordType,
    payloadKey,
    territory: options.territory,
  });
  return {
    [createMutation]: create,
    [`update${recordType}`]: update,
    [`archive${recordType}`]: archive,
  } as unknown as RecordMutations<Row, RecordType, Key, CreateInput, Update, CreateVerb>;
}

/**
 * The create, update and archive mutations of one of a level's recurring kinds (organisation, offer, event, project,
 * document: schema/common.graphql's interfaces): `createRecordMutations` with the kind's shared input checks
 * (`recordKindErrors`), the kind as the payload field (`organisation`, `offer`, …) and as the prefix of new ids.
 */
export function createRecurringRecordMutations<
  Row extends { version: number } & ArchiveColumns,
  RecordType extends string,
  CreateInput extends { idempotencyKey?: string | null | undefined },
  Update extends UpdateInput,
  Kind extends RecordKind = RecordKind,
>(
  runMutation: MutationRunner,
  {
    kind,
    ...options
  }: Omit<
    RecordMutationsOptions<Row, RecordType, Kind, CreateInput, Update>,
    'payloadKey' | 'fieldErrors'
  > & {
    kind: Kind;
  },
): RecordMutations<Row, RecordType, Kind, CreateInput, Update> {
  return createRecordMutations(runMutation, {
    ...options,
    payloadKey: kind,
    fieldErrors: (input) => recordKindErrors(kind, input),
  });
}
