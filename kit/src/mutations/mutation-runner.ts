import { createHash } from 'node:crypto';
import { type AuditChange, type AuditLogTable, type Database, type IdempotencyKeysTable } from '@cohesion/db';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { coversJurisdiction, jurisdictionsCovering, type Identity, type JurisdictionTarget } from '../authorization';
import { ErrorCode } from '../errors';
import { type Logger } from '../logger';
import { outsideJurisdiction, recordNotFound, UserErrorCode, versionConflict, type UserError } from './user-errors';

/** A level's write-trail tables (db's `auditLogTable` and `idempotencyKeysTable` in its own schema). */
export type WriteTrailTables = { auditLog: AuditLogTable; idempotencyKeys: IdempotencyKeysTable };

/** What the runner needs of a request: kit's `RequestContext` has all of it. */
export type MutationRequest = {
  db: Database;
  identity: Identity | null;
  requestId: string;
  logger: Logger;
  /** The request's `Idempotency-Key` header, used when the input carries no key. */
  idempotencyKey?: string | null | undefined;
};

/** One audit row of a write, as a mutation describes it; who, when and in which request the runner adds. */
export type AuditWrite = {
  recordType: string;
  recordId: string;
  changes: AuditChange[];
  /** Where the record belongs, so that its editors see this row in their history. */
  territory: JurisdictionTarget;
  /** The date a dated change takes effect on; omitted for a change effective at once. */
  effectiveDate?: string | null;
};

/** A table of versioned records: `version` and `edited_at` columns (db's `versionColumns`); the runner sets both. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VersionedTable = PgTable & { version: PgColumn } & Record<string, any>;

export type UpdateVersionedOptions<Row> = {
  table: VersionedTable;
  /** The record's key column and value. */
  idColumn: PgColumn;
  id: string;
  /** The GraphQL type name of the record, as audit rows and messages name it, e.g. `LivcrCell`. */
  recordType: string;
  /** The input field that named the record, for user errors (default `id`). */
  idField?: string;
  expectedVersion: number;
  /**
   * The columns to change, or a function of the locked, checked current row giving them (for columns derived from the
   * merged record, such as search text, or a change the current state may refuse with `fail`); `version` is raised by
   * one in the same statement.
   */
  set: Partial<Row> | ((current: Row) => Partial<Row>);
  /** Where the locked record belongs: the caller's jurisdictions must cover it, or nothing is written (FORBIDDEN). */
  territory: (row: Row) => JurisdictionTarget | Promise<JurisdictionTarget>;
  effectiveDate?: string | null;
  /**
   * Writes the record's dependent rows (a cell's dated status periods or memberships) once the record is locked and
   * checked, before its own columns: returns their audit changes, which join the record's one audit row; `fail`
   * rolls everything back.
   */
  dependents?: (current: Row) => Promise<AuditChange[]>;
};

/** What a mutation's write function works with: the transaction and the checks that end it with a user error. */
export type MutationTransaction = {
  /** The transaction: every statement through it commits with the audit rows, or not at all. */
  db: Database;
  identity: Identity;
  /** Ends the mutation with this user error: the transaction is rolled back, nothing is written. */
  fail(error: UserError): never;
  /** Fails with FORBIDDEN unless the caller's jurisdictions cover the record. */
  requireJurisdiction(target: JurisdictionTarget, record: { recordType: string; id: string; idField?: string }): void;
  /**
   * Locks the record, checks that it exists (NOT_FOUND), that the caller may write it (FORBIDDEN) and that it is at
   * `expectedVersion` (CONFLICT with the current version), then updates it with `version = version + 1` (the UPDATE
   * is itself conditional on the version, so two writers can never both win) and appends the audit row of the
   * changed columns. Returns the updated row.
   */
  updateVersioned<Row extends { version: number }>(options: UpdateVersionedOptions<Row>): Promise<Row>;
  /** Appends an audit row of this write (for inserts and dated changes the mutation writes itself). */
  audit(entry: AuditWrite): Promise<void>;
};

export type RunMutationOptions<TPayload extends object> = {
  /** The mutation field's name, e.g. `updateLivcrCell`: audit rows and idempotency keys are by mutation. */
  mutation: string;
  /** The mutation's input: hashed so that a key reused for a different input is refused. */
  input: { idempotencyKey?: string | null | undefined };
  /** The input's validation errors (`collectUserErrors`): when there is any, nothing is read or written. */
  userErrors?: readonly UserError[];
  /** The write; what it returns is the payload's record fields, stored as JSON for idempotent retries. */
  write: (transaction: MutationTransaction) => Promise<TPayload>;
};

/** A mutation payload: the written record fields, or none of them and the user errors. */
export type MutationResult<TPayload extends object> = Partial<TPayload> & { userErrors: UserError[] };

/** Thrown inside the transaction to roll it back with a user error. */
class UserErrorAbort extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
  }
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The one way a level writes (DESIGN.md principle 11): in ONE database transaction, the idempotency check (the same
 * key and caller get the first payload back, written once), the write with its version checks, and the audit rows.
 * Any user error, or any failure of the database, rolls everything back: the first answers the payload's
 * `userErrors`, the second a WRITE_FAILED error saying nothing was written.
 */
export function createMutationRunner(tables: WriteTrailTables) {
  return async function runMutation<TPayload extends object>(request: MutationRequest, options: RunMutationOptions<TPayload>): Promise<MutationResult<TPayload>> {
    const identity = request.identity;
    // The directives refuse anonymous callers first; this keeps a misdeclared mutation from writing without a caller.
    if (!identity) throw new GraphQLError(`${options.mutation} needs a verified caller: send a bearer token.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
    if (options.userErrors?.length) return { userErrors: [...options.userErrors] } as MutationResult<TPayload>;
    const key = options.input.idempotencyKey ?? request.idempotencyKey ?? null;
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      return {
        userErrors: [
          { code: UserErrorCode.BAD_USER_INPUT, field: 'input.idempotencyKey', message: `Invalid idempotencyKey ${JSON.stringify(key)}: expected 1 to 128 letters, digits or . _ : - (a UUID, say).` },
        ],
      } as MutationResult<TPayload>;
    }
    const { idempotencyKey: _key, ...significant } = options.input;
    const requestHash = createHash('sha256').update(JSON.stringify(significant)).digest('hex');
    try {
      const payload = await request.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        if (key !== null) {
          // Same-key retries wait for each other here, so the second one finds the first one's answer.
          await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${JSON.stringify([identity.subject, key, options.mutation])}, 0))`);
          const [stored] = await db
            .select()
            .from(tables.idempotencyKeys)
            .where(and(eq(tables.idempotencyKeys.callerSub, identity.subject), eq(tables.idempotencyKeys.key, key), eq(tables.idempotencyKeys.mutation, options.mutation)));
          if (stored) {
            if (stored.requestHash !== requestHash) {
              throw new UserErrorAbort({
                code: UserErrorCode.BAD_USER_INPUT,
                field: 'input.idempotencyKey',
                message: `Idempotency key ${JSON.stringify(key)} was already used for a different ${options.mutation} input: use a new key for a new change.`,
              });
            }
            return stored.payload as TPayload;
          }
        }
        const result = await options.write(createTransaction(db, identity, request, options.mutation, tables));
        if (key !== null) {
          await db.insert(tables.idempotencyKeys).values({ callerSub: identity.subject, key, mutation: options.mutation, requestHash, payload: result });
        }
        return result;
      });
      return { ...payload, userErrors: [] };
    } catch (error) {
      if (error instanceof UserErrorAbort) return { userErrors: [error.userError] } as MutationResult<TPayload>;
      if (error instanceof GraphQLError) throw error;
      request.logger.error({ err: error, mutation: options.mutation }, 'a mutation failed and was rolled back');
      throw new GraphQLError(
        `Nothing was written: the database failed during ${options.mutation} (request ${request.requestId}), and the whole change was rolled back. Retry it, with the same idempotency key.`,
        { extensions: { code: ErrorCode.WRITE_FAILED } },
      );
    }
  };
}

/** The mutation runner of a level, from `createMutationRunner(tables)`. */
export type MutationRunner = ReturnType<typeof createMutationRunner>;

function createTransaction(db: Database, identity: Identity, request: MutationRequest, mutation: string, tables: WriteTrailTables): MutationTransaction {
  const fail = (error: UserError): never => {
    throw new UserErrorAbort(error);
  };
  const audit = async (entry: AuditWrite) => {
    await db.insert(tables.auditLog).values({
      actorSub: identity.subject,
      actorOrg: identity.organisation,
      requestId: request.requestId,
      kind: 'WRITE',
      recordType: entry.recordType,
      recordId: entry.recordId,
      operation: mutation,
      changes: entry.changes,
      effectiveDate: entry.effectiveDate ?? null,
      territory: jurisdictionsCovering(entry.territory),
    });
  };
  const requireJurisdiction: MutationTransaction['requireJurisdiction'] = (target, record) => {
    if (!coversJurisdiction(identity, target)) fail(outsideJurisdiction(record.idField ?? 'id', record.recordType, record.id));
  };
  return {
    db,
    identity,
    fail,
    audit,
    requireJurisdiction,
    async updateVersioned<Row extends { version: number }>(options: UpdateVersionedOptions<Row>): Promise<Row> {
      const idField = options.idField ?? 'id';
      const [current] = (await db.select().from(options.table).where(eq(options.idColumn, options.id)).for('update')) as Row[];
      if (!current) return fail(recordNotFound(idField, options.recordType, options.id));
      const target = await options.territory(current);
      requireJurisdiction(target, { recordType: options.recordType, id: options.id, idField });
      if (current.version !== options.expectedVersion) return fail(versionConflict(options.recordType, options.id, options.expectedVersion, current.version));
      const dependentChanges = options.dependents ? await options.dependents(current) : [];
      const set = typeof options.set === 'function' ? options.set(current) : options.set;
      const [updated] = (await db
        .update(options.table)
        .set({ ...set, version: sql`${options.table.version} + 1`, ...(getTableColumns(options.table)['editedAt'] ? { editedAt: sql`now()` } : {}) })
        .where(and(eq(options.idColumn, options.id), eq(options.table.version, options.expectedVersion)))
        .returning()) as Row[];
      // Unreachable while the row is locked above; kept so that a lost lock still cannot lose an update.
      if (!updated) return fail(versionConflict(options.recordType, options.id, options.expectedVersion, current.version + 1));
      const before = current as Record<string, unknown>;
      const after = updated as Record<string, unknown>;
      const changes: AuditChange[] = Object.keys(set)
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
      changes.push(...dependentChanges, { field: 'version', before: current.version, after: updated.version });
      await audit({ recordType: options.recordType, recordId: options.id, changes, territory: target, effectiveDate: options.effectiveDate ?? null });
      return updated;
    },
  };
}
