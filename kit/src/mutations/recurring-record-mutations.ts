import { type PgColumn } from 'drizzle-orm/pg-core';
import { type GraphQLResolveInfo } from 'graphql';
import { type Identity, type JurisdictionTarget } from '../authorization';
import { type MutationRequest, type MutationRunner, type VersionedTable } from './mutation-runner';
import { type RecordKind, recordKindErrors } from './record-kind-checks';
import {
  archiveMutationResolver,
  type ArchiveColumns,
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

export type RecurringRecordMutationsOptions<
  Row extends { version: number } & ArchiveColumns,
  RecordType extends string,
  CreateInput extends { idempotencyKey?: string | null | undefined },
  Update extends UpdateInput,
> = {
  /** Which recurring kind: its shared input checks, the payload field of the record and the prefix of new ids. */
  kind: RecordKind;
  /** The GraphQL type, e.g. `FlemishOrganisation`: the mutations are `create…`, `update…` and `archive…` of it. */
  recordType: RecordType;
  table: VersionedTable;
  idColumn: PgColumn;
  /** Where a record belongs (the level's rule for this type): a new one is checked before it is inserted. */
  territory: (row: Row) => JurisdictionTarget | Promise<JurisdictionTarget>;
  /** The input field that decides where a new record belongs, named by a FORBIDDEN user error (default `id`). */
  territoryField?: string;
  /** Input fields naming other records of the level, which must exist. */
  references?: readonly RecordReference[];
  /** The user errors of the level's own create fields (the kind's shared fields are checked already). */
  createErrors?: (input: CreateInput) => Checks;
  /** The user errors of the level's own update fields. */
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

type Written<Row, Kind extends RecordKind> = Awaited<ReturnType<MutationRunner>> & Partial<Record<Kind, Row>>;

/** The three resolvers of a recurring kind, named after its GraphQL type. */
export type RecurringRecordMutations<
  Row,
  RecordType extends string,
  CreateInput,
  Update,
  Kind extends RecordKind = RecordKind,
> = Record<`create${RecordType}`, Resolver<CreateInput, Written<Row, Kind>>> &
  Record<`update${RecordType}`, Resolver<Update, Written<Row, Kind>>> &
  Record<
    `archive${RecordType}`,
    Resolver<{ id: string; expectedVersion: number; reason?: string | null }, Written<Row, Kind>>
  >;

/**
 * The create, update and archive mutations of one of a level's recurring kinds (organisation, offer, event, project,
 * document), all through the level's mutation runner (idempotency, audit, one transaction):
 * - `create<Type>`: the kind's shared checks and the level's own, the jurisdiction of where the new record will
 *   belong, the referenced records, then the insert at version 1 and an audit row of every written value;
 * - `update<Type>`: the same checks, at least one field to change, then `updateVersioned` on `expectedVersion`
 *   (NOT_FOUND, FORBIDDEN, CONFLICT) with the derived columns refreshed;
 * - `archive<Type>`: a required reason; the record is never deleted.
 * The payload holds the record under the kind's name (`organisation`, `offer`, …).
 */
export function createRecurringRecordMutations<
  Row extends { version: number } & ArchiveColumns,
  RecordType extends string,
  CreateInput extends { idempotencyKey?: string | null | undefined },
  Update extends UpdateInput,
>(
  runMutation: MutationRunner,
  options: RecurringRecordMutationsOptions<Row, RecordType, CreateInput, Update>,
): RecurringRecordMutations<Row, RecordType, CreateInput, Update> {
  const { kind, recordType, table } = options;
  const references = options.references ?? [];
  const create: Resolver<CreateInput, unknown> = (_root, { input }, context) =>
    runMutation(context, {
      mutation: `create${recordType}`,
      input,
      userErrors: collectUserErrors(
        recordKindErrors(kind, input, { creating: true }),
        ...(options.createErrors?.(input) ?? []),
      ),
      write: async (transaction) => {
        const id = newRecordId(kind);
        const values = { id, ...options.insert(input, transaction.identity) } as unknown as Row;
        const row = { ...values, ...options.derive(values) };
        const territory = await options.territory(row);
        transaction.requireJurisdiction(territory, { recordType, id, idField: options.territoryField });
        await requireReferences(transaction, references, input);
        const [record] = await transaction.db.insert(table).values(row).returning();
        await transaction.audit({ recordType, recordId: id, changes: creationChanges(row), territory });
        return { [kind]: record as Row };
      },
    });
  const update = updateMutationResolver<Row, RecordKind, Update>(runMutation, {
    mutation: `update${recordType}`,
    table,
    idColumn: options.idColumn,
    recordType,
    payloadKey: kind,
    references,
    inputErrors: (input) => [
      recordKindErrors(kind, input, { creating: false }),
      ...(options.updateErrors?.(input) ?? []),
    ],
    territory: options.territory,
    change: (input, current, fail) => {
      const next = options.change(input, current, fail);
      return { ...next, ...options.derive({ ...current, ...next }) };
    },
  });
  const archive = archiveMutationResolver<Row, RecordKind>(runMutation, {
    mutation: `archive${recordType}`,
    table,
    idColumn: options.idColumn,
    recordType,
    payloadKey: kind,
    territory: options.territory,
  });
  return {
    [`create${recordType}`]: create,
    [`update${recordType}`]: update,
    [`archive${recordType}`]: archive,
  } as unknown as RecurringRecordMutations<Row, RecordType, CreateInput, Update>;
}
