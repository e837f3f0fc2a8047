import { type AuditLogTable } from '@cohesion/db';
import { and, eq } from 'drizzle-orm';
import { type Identity } from '../authorization';
import { type UserError } from '../mutations';
import { type TestOperationResult, type TestSubgraph } from './start-test-subgraph';

/** A mutation's payload as a test reads it: the selected record fields and the user errors. */
export type TestPayload = Record<string, unknown> & { userErrors: UserError[] };

const USER_ERRORS = 'userErrors { code field message currentVersion }';

/**
 * Runs a level's mutations in its subgraph tests, the way every mutation is called: one `input` variable of the
 * field's input type (`ArchiveRecordInput` for `archive…`, `<Field>Input` otherwise), the payload's `userErrors`
 * always selected; and reads the level's audit rows of a record.
 */
export function createMutationTester(
  subgraph: TestSubgraph,
  options: { auditLog: AuditLogTable; caller: Identity },
) {
  const inputType = (field: string) =>
    field.startsWith('archive')
      ? 'ArchiveRecordInput'
      : `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;

  /** The whole result: errors included, for refusals before the resolver. */
  function mutate(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller: Identity | null = options.caller,
    idempotencyKey?: string,
  ): Promise<TestOperationResult<Record<string, TestPayload>>> {
    return subgraph.execute<Record<string, TestPayload>>(
      `mutation ($input: ${inputType(field)}!) { ${field}(input: $input) { ${selection} ${USER_ERRORS} } }`,
      { input },
      { identity: caller, ...(idempotencyKey ? { idempotencyKey } : {}) },
    );
  }

  /** The payload of a mutation that must not fail with an error (user errors are part of the payload). */
  async function payload(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller?: Identity | null,
  ): Promise<TestPayload> {
    const result = await mutate(field, input, selection, caller);
    const answer = result.data?.[field];
    if (result.errors || !answer) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
    return answer;
  }

  /** The audit rows of one record, oldest first. */
  function auditRows(recordType: string, recordId: string) {
    const { auditLog } = options;
    return subgraph.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, recordType), eq(auditLog.recordId, recordId)))
      .orderBy(auditLog.id);
  }

  /**
   * Creates a record of `type`, updates it with `changes` and archives it, each with the version the previous write
   * answered: the three payloads (each selecting `id version archived { reason }` of the record under `key`) and the
   * record's audit rows, for the test to assert.
   */
  async function lifecycle(options: {
    type: string;
    key: string;
    create: Record<string, unknown>;
    changes: Record<string, unknown>;
    reason: string;
  }) {
    const { type, key } = options;
    const selection = `${key} { id version archived { reason } }`;
    const created = await payload(`create${type}`, options.create, selection);
    const record = created[key] as { id: string; version: number } | null;
    if (!record) throw new Error(`create${type} wrote nothing: ${JSON.stringify(created.userErrors)}`);
    const updated = await payload(
      `update${type}`,
      { id: record.id, expectedVersion: record.version, ...options.changes },
      selection,
    );
    const archived = await payload(
      `archive${type}`,
      { id: record.id, expectedVersion: record.version + 1, reason: options.reason },
      selection,
    );
    return { id: record.id, created, updated, archived, audit: await auditRows(type, record.id) };
  }

  return { mutate, payload, auditRows, lifecycle };
}

/** What `createMutationTester` gives a test. */
export type MutationTester = ReturnType<typeof createMutationTester>;
