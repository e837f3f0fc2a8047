import { migrateSchemas, municipalitiesTables, versionColumns, type DatabaseHandle } from '@cohesion/db';
import { createTestDatabase } from '@cohesion/db/testing';
import { eq, sql } from 'drizzle-orm';
import { pgSchema, text } from 'drizzle-orm/pg-core';
import { type Identity } from '../authorization';
import { createLogger } from '../logger';
import { createMutationRunner, type MutationRequest } from './mutation-runner';
import { invalidValue } from './user-errors';

// A versioned table of the test's own, in a level's schema, next to that level's audit log and idempotency keys.
const notes = pgSchema('municipalities').table('kit_test_notes', {
  id: text().primaryKey(),
  nis: text().notNull(),
  body: text().notNull(),
  ...versionColumns(),
});
type Note = typeof notes.$inferSelect;

const { auditLog, idempotencyKeys } = municipalitiesTables;
const runMutation = createMutationRunner({ auditLog, idempotencyKeys });
const logger = createLogger({ service: 'test', level: process.env.DEBUG_RUNNER ? 'debug' : 'silent' });
const editorOfAalst: Identity = { subject: 'editor-aalst', scopes: new Set(['cells:write']), jurisdictions: ['nis:41002'], organisation: 'Stad Aalst' };

describe("kit's mutation runner", () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
    await migrateSchemas(database, ['municipalities']);
    await database.execute(`CREATE TABLE municipalities.kit_test_notes (id text PRIMARY KEY, nis text NOT NULL, body text NOT NULL, version integer NOT NULL DEFAULT 1, edited_at timestamptz)`);
  });
  afterAll(() => database.close());

  // The audit log cannot be emptied between tests (that is the point): each test writes notes of its own.
  let aalst = '';
  let ghent = '';
  let test = 0;
  beforeEach(async () => {
    test += 1;
    aalst = `note-aalst-${test}`;
    ghent = `note-ghent-${test}`;
    await database.db.insert(notes).values([
      { id: aalst, nis: '41002', body: 'first' },
      { id: ghent, nis: '44021', body: 'first' },
    ]);
  });

  /** The database's own message: drizzle wraps it in "Failed query: …" with the original as the cause. */
  async function databaseRefusal(attempt: Promise<unknown>): Promise<string> {
    const error = await attempt.then(
      () => undefined,
      (reason: unknown) => reason as { message: string; cause?: { message: string } },
    );
    return error?.cause?.message ?? error?.message ?? 'no error';
  }

  function request(overrides: Partial<MutationRequest> = {}): MutationRequest {
    return { db: database.db, identity: editorOfAalst, requestId: 'request-1', logger, ...overrides };
  }

  function updateNote(input: { id: string; expectedVersion: number; body: string; idempotencyKey?: string }, overrides: Partial<MutationRequest> = {}) {
    return runMutation(request(overrides), {
      mutation: 'updateNote',
      input,
      userErrors: input.body === '' ? [invalidValue('body', input.body, 'expected a non-empty text')] : [],
      write: async (transaction) => ({
        note: await transaction.updateVersioned<Note>({
          table: notes,
          idColumn: notes.id,
          id: input.id,
          recordType: 'Note',
          expectedVersion: input.expectedVersion,
          set: { body: input.body },
          territory: (note) => ({ municipalities: [note.nis] }),
        }),
      }),
    });
  }

  const noteOf = async (id: string) => (await database.db.select().from(notes).where(eq(notes.id, id)))[0];
  const auditRows = async (recordId: string) => database.db.select().from(auditLog).where(eq(auditLog.recordId, recordId)).orderBy(auditLog.id);

  it('writes the change with version + 1 and an audit row of each changed field before and after, in the caller’s name', async () => {
    const result = await updateNote({ id: aalst, expectedVersion: 1, body: 'second' });
    expect(result).toEqual({ note: expect.objectContaining({ id: aalst, body: 'second', version: 2 }), userErrors: [] });
    const [row] = await auditRows(aalst);
    expect(row).toMatchObject({
      actorSub: 'editor-aalst',
      actorOrg: 'Stad Aalst',
      requestId: 'request-1',
      kind: 'WRITE',
      recordType: 'Note',
      operation: 'updateNote',
      changes: [
        { field: 'body', before: 'first', after: 'second' },
        { field: 'version', before: 1, after: 2 },
      ],
    });
    expect((await noteOf(aalst))?.editedAt).not.toBeNull();
    expect(row?.territory).toEqual(expect.arrayContaining(['nis:41002', 'prov:40000', 'BE-VLG', 'BE']));
  });

  it('answers a stale version with a CONFLICT carrying the current version, and writes nothing', async () => {
    await updateNote({ id: aalst, expectedVersion: 1, body: 'second' });
    const stale = await updateNote({ id: aalst, expectedVersion: 1, body: 'third' });
    expect(stale).toEqual({ userErrors: [expect.objectContaining({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 2 })] });
    expect(stale.userErrors[0]?.message).toMatch(/version 2, not 1/);
    expect(await noteOf(aalst)).toMatchObject({ body: 'second', version: 2 });
    expect(await auditRows(aalst)).toHaveLength(1);
  });

  it('refuses a record outside the caller’s jurisdiction (FORBIDDEN) and an unknown one (NOT_FOUND), writing nothing', async () => {
    expect(await updateNote({ id: ghent, expectedVersion: 1, body: 'x' })).toEqual({ userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: 'input.id' })] });
    expect(await updateNote({ id: 'note-nowhere', expectedVersion: 1, body: 'x' })).toEqual({ userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.id' })] });
    expect(await noteOf(ghent)).toMatchObject({ body: 'first', version: 1 });
    expect(await auditRows(ghent)).toHaveLength(0);
  });

  it('writes nothing when the input has a user error', async () => {
    const result = await updateNote({ id: aalst, expectedVersion: 1, body: '' });
    expect(result).toEqual({ userErrors: [{ code: 'BAD_USER_INPUT', field: 'input.body', message: 'Invalid body "": expected a non-empty text.' }] });
    expect(await noteOf(aalst)).toMatchObject({ version: 1 });
  });

  it('loses no update among 20 concurrent writers: exactly one success per version, versions strictly increasing', async () => {
    const successes: number[] = [];
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        for (;;) {
          const current = await noteOf(aalst);
          const result = await updateNote({ id: aalst, expectedVersion: current!.version, body: `${current!.body} w${writer}` });
          if (result.note) {
            successes.push(result.note.version);
            return;
          }
          expect(result.userErrors[0]?.code).toBe('CONFLICT');
          conflicts += 1;
        }
      }),
    );
    expect([...successes].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
    const final = await noteOf(aalst);
    expect(final?.version).toBe(21);
    for (let writer = 0; writer < 20; writer += 1) expect(final?.body.split(' ')).toContain(`w${writer}`);
    const versions = (await auditRows(aalst)).map((row) => row.changes.find((change) => change.field === 'version')?.after);
    expect(versions).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
    // On a server the writers really race; embedded PGlite runs them one at a time, without conflicts.
    if (database.kind === 'postgres') expect(conflicts).toBeGreaterThan(0);
  });

  it('answers a retry with the same key and caller with the first payload, written once; the header key counts too', async () => {
    const first = await updateNote({ id: aalst, expectedVersion: 1, body: 'second', idempotencyKey: 'key-1' });
    const retry = await updateNote({ id: aalst, expectedVersion: 1, body: 'second', idempotencyKey: 'key-1' });
    expect(retry).toEqual(first);
    expect(await auditRows(aalst)).toHaveLength(1);
    const reused = await updateNote({ id: aalst, expectedVersion: 2, body: 'third', idempotencyKey: 'key-1' });
    expect(reused.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' })]);
    const byHeader = await updateNote({ id: aalst, expectedVersion: 2, body: 'third' }, { idempotencyKey: 'header-key' });
    expect(await updateNote({ id: aalst, expectedVersion: 2, body: 'third' }, { idempotencyKey: 'header-key' })).toEqual(byHeader);
    // Another caller's key of the same name is another key.
    const other = await updateNote({ id: aalst, expectedVersion: 3, body: 'fourth', idempotencyKey: 'key-1' }, { identity: { ...editorOfAalst, subject: 'someone-else' } });
    expect(other.note?.version).toBe(4);
    expect(await auditRows(aalst)).toHaveLength(3);
  });

  it('rolls back everything when the database fails in the middle of a write, and says nothing was written', async () => {
    const failing = runMutation(request(), {
      mutation: 'updateNote',
      input: { idempotencyKey: 'key-failing' },
      write: async (transaction) => {
        const note = await transaction.updateVersioned<Note>({
          table: notes,
          idColumn: notes.id,
          id: aalst,
          recordType: 'Note',
          expectedVersion: 1,
          set: { body: 'half' },
          territory: (row) => ({ municipalities: [row.nis] }),
        });
        await transaction.db.execute(sql`select * from municipalities.no_such_table`);
        return { note };
      },
    });
    await expect(failing).rejects.toMatchObject({ message: expect.stringMatching(/^Nothing was written/), extensions: { code: 'WRITE_FAILED' } });
    expect(await noteOf(aalst)).toMatchObject({ body: 'first', version: 1 });
    expect(await auditRows(aalst)).toHaveLength(0);
    expect(await database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'key-failing'))).toHaveLength(0);
  });

  it('keeps the audit log append-only: the database refuses to update, delete or truncate its rows', async () => {
    await updateNote({ id: aalst, expectedVersion: 1, body: 'second' });
    expect(await databaseRefusal(database.db.update(auditLog).set({ actorSub: 'someone-else' }).then(() => undefined))).toMatch(/append-only: UPDATE/);
    expect(await databaseRefusal(database.db.delete(auditLog).then(() => undefined))).toMatch(/append-only: DELETE/);
    expect(await databaseRefusal(database.execute('TRUNCATE municipalities.audit_log'))).toMatch(/append-only: TRUNCATE/);
    expect(await auditRows(aalst)).toHaveLength(1);
  });

  it('refuses an anonymous caller before anything else', async () => {
    await expect(updateNote({ id: aalst, expectedVersion: 1, body: 'x' }, { identity: null })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
