import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { type IncomingMessage } from 'node:http';
import { createDatabase, type DatabaseHandle } from '@cohesion/db';
import { prepareDatabase, seedSchemas } from '@cohesion/db/seed';
import { createTestDatabase } from '@cohesion/db/testing';
import { startHub, type RunningHub } from '@cohesion/hub';
import { createDevelopmentAuthentication, createLogger, ROLES, signDevelopmentToken } from '@cohesion/kit';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// Issue 9's "Done when" for the municipal editor and the audit trail, through the real gateway over HTTP.

type UserError = { code: string; field: string; message: string; currentVersion: number | null };
type CellPayload = {
  cell: { id: string; version: number; meetingFrequency: string } | null;
  userErrors: UserError[];
};

/** A signed development token of a catalogue role, as `npm run token -- --role <role>` issues it. */
async function roleToken(role: keyof typeof ROLES, subject = `e2e-${role}`): Promise<Record<string, string>> {
  const { scopes, jurisdictions, organisation } = ROLES[role];
  const token = await signDevelopmentToken({
    subject,
    scopes: [...scopes],
    jurisdictions: [...jurisdictions],
    organisation,
  });
  return { authorization: `Bearer ${token}` };
}

/** Issue 9's mutation, word for word but for V. */
const updateToMonthly = (id: string, version: number) =>
  `mutation { updateLivcrCell(input: { id: "${id}", expectedVersion: ${version}, meetingFrequency: MONTHLY }) { cell { id version meetingFrequency } userErrors { code field message } } }`;

const UPDATE = `mutation ($input: UpdateLivcrCellInput!) {
  updateLivcrCell(input: $input) { cell { id version meetingFrequency functionalContact { email } } userErrors { code field message currentVersion } }
}`;

const TRAIL = `query ($filter: AuditTrailFilter, $after: String) {
  municipalitiesAuditTrail(filter: $filter, first: 200, after: $after) {
    nodes { id actorSub actorOrg kind recordId operation effectiveDate occurredAt requestId changes { field before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Entry = {
  id: string;
  actorSub: string;
  kind: string;
  recordId: string;
  operation: string;
  effectiveDate: string | null;
  changes: Array<{ field: string; before: string | null; after: string | null }>;
};
type Trail = {
  municipalitiesAuditTrail: {
    nodes: Entry[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

/** Counts the HTTP requests each local server port receives, from Node's own `http.server.request.start` channel. */
function countRequestsByPort() {
  const counts = new Map<number, number>();
  const onRequest = (message: unknown) => {
    const port = (message as { request: IncomingMessage }).request.socket.localPort ?? 0;
    counts.set(port, (counts.get(port) ?? 0) + 1);
  };
  subscribe('http.server.request.start', onRequest);
  return {
    to: (url: string) => counts.get(Number(new URL(url).port)) ?? 0,
    stop: () => unsubscribe('http.server.request.start', onRequest),
  };
}

describe('a municipal editor keeps the LIVC-R record current through the gateway (issue 9)', () => {
  let hub: TestHub;
  let editor: Record<string, string>;
  beforeAll(async () => {
    hub = await startTestHub();
    editor = await roleToken('municipal-editor');
  });
  afterAll(() => hub.close());

  async function cell(id: string) {
    const { body } = await hub.query<{
      livcrCell: { version: number; meetingFrequency: string; functionalContact: { email: string } };
    }>(`query ($id: ID!) { livcrCell(id: $id) { version meetingFrequency functionalContact { email } } }`, {
      variables: { id },
      headers: editor,
    });
    if (!body.data?.livcrCell) throw new Error(`no cell ${id}: ${JSON.stringify(body.errors)}`);
    return body.data.livcrCell;
  }

  async function trail(filter: Record<string, unknown>, headers: Record<string, string>) {
    const entries: Entry[] = [];
    let after: string | null = null;
    do {
      const { body }: { body: { data?: Trail | null; errors?: unknown[] } } = await hub.query<Trail>(TRAIL, {
        variables: { filter, after },
        headers,
      });
      if (!body.data?.municipalitiesAuditTrail) return { entries: null, errors: body.errors };
      entries.push(...body.data.municipalitiesAuditTrail.nodes);
      after = body.data.municipalitiesAuditTrail.pageInfo.hasNextPage
        ? body.data.municipalitiesAuditTrail.pageInfo.endCursor
        : null;
    } while (after);
    return { entries, errors: undefined };
  }

  it('updates livcr-41002 from version V to V+1 with MONTHLY, then answers the same stale V with CONFLICT and changes nothing', async () => {
    if ((await cell('livcr-41002')).meetingFrequency === 'MONTHLY') {
      // Make MONTHLY a change, so that the audit row has a before and an after.
      const { version } = await cell('livcr-41002');
      await hub.query(UPDATE, {
        variables: { input: { id: 'livcr-41002', expectedVersion: version, meetingFrequency: 'QUARTERLY' } },
        headers: editor,
      });
    }
    const { body: read } = await hub.query<{ livcrCell: { version: number } }>(
      `{ livcrCell(id: "livcr-41002") { version } }`,
      { headers: editor },
    );
    const version = read.data?.livcrCell.version;
    if (version === undefined) throw new Error('livcr-41002 has a version');
    const before = await cell('livcr-41002');
    expect(before.meetingFrequency).not.toBe('MONTHLY');
    const first = await hub.query<{ updateLivcrCell: CellPayload }>(updateToMonthly('livcr-41002', version), {
      headers: editor,
    });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.updateLivcrCell).toEqual({
      cell: { id: expect.stringMatching(/^livcr-41002@/), version: version + 1, meetingFrequency: 'MONTHLY' },
      userErrors: [],
    });

    const stale = await hub.query<{ updateLivcrCell: CellPayload }>(updateToMonthly('livcr-41002', version), {
      headers: editor,
    });
    expect(stale.body.data?.updateLivcrCell).toEqual({
      cell: null,
      userErrors: [
        {
          code: 'CONFLICT',
          field: 'input.expectedVersion',
          message: expect.stringContaining(`at version ${version + 1}, not ${version}`),
        },
      ],
    });
    expect(await cell('livcr-41002')).toEqual({
      ...before,
      version: version + 1,
      meetingFrequency: 'MONTHLY',
    });
  });

  it('refuses livcr-44021 to the Aalst editor (FORBIDDEN, nothing written), and a federal read-only or anonymous caller at the gateway, the latter without any subgraph call', async () => {
    const ghent = await cell('livcr-44021');
    const forbidden = await hub.query<{ updateLivcrCell: CellPayload }>(
      updateToMonthly('livcr-44021', ghent.version),
      { headers: editor },
    );
    expect(forbidden.body.data?.updateLivcrCell).toEqual({
      cell: null,
      userErrors: [
        { code: 'FORBIDDEN', field: 'input.id', message: expect.stringContaining('"livcr-44021"') },
      ],
    });

    const requests = countRequestsByPort();
    try {
      for (const headers of [await roleToken('federal'), {}]) {
        const refused = await hub.query<{ updateLivcrCell: CellPayload | null }>(
          updateToMonthly('livcr-44021', ghent.version),
          { headers },
        );
        expect(refused.body.data?.updateLivcrCell ?? null).toBeNull();
        expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual([
          'UNAUTHORIZED_FIELD_OR_TYPE',
        ]);
      }
      expect(requests.to(hub.url)).toBe(2);
      expect(requests.to(hub.subgraphUrls['municipalities'] as string)).toBe(0);
    } finally {
      requests.stop();
    }
    expect(await cell('livcr-44021')).toEqual(ghent);
  });

  it('records DORMANT from 2026-06-01 as history: livcrCell at 2026-05-31 still says ACTIVE and the coverage map of that day is unchanged', async () => {
    const statusOn = async (at: string) =>
      (
        await hub.query<{ livcrCell: { status: string } }>(
          `query ($at: Date) { livcrCell(id: "livcr-41002", at: $at) { status } }`,
          { variables: { at } },
        )
      ).body.data?.livcrCell.status;
    const coverage = async () =>
      (
        await hub.query(
          `{ livcrCoverage(at: "2026-05-31", precision: NATIONAL) { featureCollection summary { total { cells dormantCells municipalitiesCovered coverageRatio } } } }`,
          // Computed afresh, not from the gateway's response cache: the comparison is of the database's answers.
          { headers: { 'cache-control': 'no-cache' } },
        )
      ).body;
    expect(await statusOn('2026-05-31')).toBe('ACTIVE');
    const mapBefore = await coverage();
    const { version } = await cell('livcr-41002');
    const changed = await hub.query<{
      recordLivcrCellStatusChange: { cell: { version: number; status: string }; userErrors: UserError[] };
    }>(
      `mutation { recordLivcrCellStatusChange(input: { id: "livcr-41002", expectedVersion: ${version}, status: DORMANT, effectiveDate: "2026-06-01" }) { cell { version status } userErrors { code field message } } }`,
      { headers: editor },
    );
    expect(changed.body.data?.recordLivcrCellStatusChange).toEqual({
      cell: { version: version + 1, status: 'DORMANT' },
      userErrors: [],
    });
    expect(await statusOn('2026-05-31')).toBe('ACTIVE');
    expect(await statusOn('2026-06-01')).toBe('DORMANT');
    expect(await coverage()).toEqual(mapBefore);
  });

  it("shows the auditor both writes and the read of the coordinator's contact, with before and after; a network member sees none of it", async () => {
    const reader = await roleToken('network-member', 'e2e-reader-of-aalst');
    const read = await hub.query<{ livcrCell: { coordinator: { email: string } | null } }>(
      `{ livcrCell(id: "livcr-41002") { coordinator { email } } }`,
      { headers: reader },
    );
    expect(read.body.data?.livcrCell.coordinator?.email).toMatch(/@/);

    const { entries } = await trail({ recordId: 'livcr-41002' }, await roleToken('auditor'));
    const update = entries?.find(
      (entry) =>
        entry.operation === 'updateLivcrCell' &&
        entry.changes.some((change) => change.field === 'meetingFrequency'),
    );
    expect(update).toMatchObject({ kind: 'WRITE', actorSub: 'e2e-municipal-editor', actorOrg: 'Stad Aalst' });
    expect(update?.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'meetingFrequency',
          before: expect.stringMatching(/^"[A-Z_]+"$/),
          after: expect.stringMatching(/^"[A-Z_]+"$/),
        },
      ]),
    );
    const status = entries?.find((entry) => entry.operation === 'recordLivcrCellStatusChange');
    expect(status).toMatchObject({ kind: 'WRITE', effectiveDate: '2026-06-01' });
    expect(status?.changes).toEqual(
      expect.arrayContaining([{ field: 'status', before: '"ACTIVE"', after: '"DORMANT"' }]),
    );
    expect(
      entries?.find(
        (entry) => entry.kind === 'PERSONAL_DATA_READ' && entry.actorSub === 'e2e-reader-of-aalst',
      ),
    ).toMatchObject({ operation: 'LivcrCell.coordinator', changes: [] });

    const refused = await trail({ recordId: 'livcr-41002' }, reader);
    expect(refused.entries).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'UNAUTHORIZED_FIELD_OR_TYPE' }),
      }),
    ]);
    // The editor sees the history of Aalst's cell, not of Ghent's.
    expect((await trail({ recordId: 'livcr-41002' }, editor)).entries?.length).toBe(entries?.length);
  });

  it("answers every level's auditTrail the same way: a Flemish write is seen by the auditor and the Flemish coordinator, not by a Walloon one nor a network member", async () => {
    const coordinator = await roleToken('regional-coordinator');
    const platforms = await hub.query<{
      flanders: {
        regionalPlatforms: { nodes: Array<{ id: string; version: number; timesPerYear: number | null }> };
      };
    }>(`{ flanders { regionalPlatforms(first: 1) { nodes { id version timesPerYear } } } }`);
    const platform = platforms.body.data?.flanders.regionalPlatforms.nodes[0];
    if (!platform) throw new Error('the seed has a Flemish regional platform');
    const written = await hub.query<{ updateFlemishNetwork: { userErrors: UserError[] } }>(
      `mutation ($input: UpdateFlemishNetworkInput!) { updateFlemishNetwork(input: $input) { userErrors { code message } } }`,
      {
        variables: {
          input: {
            id: platform.id,
            expectedVersion: platform.version,
            timesPerYear: (platform.timesPerYear ?? 0) + 1,
          },
        },
        headers: coordinator,
      },
    );
    expect(written.body.data?.updateFlemishNetwork.userErrors).toEqual([]);
    const FLEMISH_TRAIL = `query ($id: String) { flanders { auditTrail(filter: { recordId: $id }) { nodes { actorSub operation changes { field before after } } } } }`;
    const seenBy = async (headers: Record<string, string>) => {
      const { body } = await hub.query<{
        flanders: {
          auditTrail: {
            nodes: Array<{ actorSub: string; operation: string; changes: Array<{ field: string }> }>;
          } | null;
        };
      }>(FLEMISH_TRAIL, {
        variables: { id: platform.id },
        headers,
      });
      return {
        entries: body.data?.flanders.auditTrail?.nodes ?? null,
        codes: body.errors?.map((error) => error.extensions?.code) ?? [],
      };
    };
    const audited = await seenBy(await roleToken('auditor'));
    expect(audited.entries).toEqual([
      {
        actorSub: 'e2e-regional-coordinator',
        operation: 'updateFlemishNetwork',
        changes: expect.arrayContaining([
          {
            field: 'timesPerYear',
            before: platform.timesPerYear === null ? null : String(platform.timesPerYear),
            after: String((platform.timesPerYear ?? 0) + 1),
          },
          { field: 'version', before: String(platform.version), after: String(platform.version + 1) },
        ]),
      },
    ]);
    expect(await seenBy(coordinator)).toEqual(audited);
    const walloonToken = await signDevelopmentToken({
      subject: 'e2e-walloon',
      scopes: [...ROLES['regional-coordinator'].scopes],
      jurisdictions: ['BE-WAL'],
      organisation: 'SPW',
    });
    expect(await seenBy({ authorization: `Bearer ${walloonToken}` })).toEqual({ entries: [], codes: [] });
    expect(await seenBy(await roleToken('network-member'))).toEqual({
      entries: null,
      codes: ['UNAUTHORIZED_FIELD_OR_TYPE'],
    });
  });

  it('keeps every one of 20 concurrent updates of one record: versions strictly increase, exactly one success per version, no lost update', async () => {
    const { version: start } = await cell('livcr-41002');
    const writers = Array.from({ length: 20 }, (_, index) => `writer-${index}@aalst.be.invalid`);
    const wins = await Promise.all(
      writers.map(async (email) => {
        // Each writer reads the version and writes with it, re-reading after a CONFLICT, until its change is in.
        for (let attempt = 0; attempt < 40; attempt += 1) {
          const { version } = await cell('livcr-41002');
          const { body } = await hub.query<{
            updateLivcrCell: { cell: { version: number } | null; userErrors: UserError[] };
          }>(UPDATE, {
            variables: { input: { id: 'livcr-41002', expectedVersion: version, functionalEmail: email } },
            headers: editor,
          });
          const payload = body.data?.updateLivcrCell;
          if (payload?.cell) return { email, version: payload.cell.version };
          expect(payload?.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
        }
        throw new Error(`${email} never got its change in`);
      }),
    );
    expect(wins.map((win) => win.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => start + 1 + index),
    );
    expect((await cell('livcr-41002')).version).toBe(start + 20);
    // No lost update: the trail holds each writer's change once, each on the version before its own.
    const { entries } = await trail({ recordId: 'livcr-41002', kind: 'WRITE' }, await roleToken('auditor'));
    const emailChanges = (entries ?? [])
      .filter((entry) =>
        entry.changes.some(
          (change) => change.field === 'functionalEmail' && change.after?.includes('writer-'),
        ),
      )
      .map((entry) => ({
        email: JSON.parse(
          entry.changes.find((change) => change.field === 'functionalEmail')?.after ?? 'null',
        ) as string,
        version: Number(entry.changes.find((change) => change.field === 'version')?.after),
      }));
    expect(emailChanges.sort((a, b) => a.version - b.version)).toEqual(
      [...wins].sort((a, b) => a.version - b.version),
    );
  });

  it('writes once for an idempotent retry (Idempotency-Key header through the gateway) and answers the first result', async () => {
    const { version } = await cell('livcr-41002');
    const headers = { ...editor, 'idempotency-key': 'e2e-retry-41002' };
    const input = {
      id: 'livcr-41002',
      expectedVersion: version,
      functionalEmail: 'retried@aalst.be.invalid',
    };
    const first = await hub.query<{ updateLivcrCell: CellPayload }>(UPDATE, {
      variables: { input },
      headers,
    });
    const retry = await hub.query<{ updateLivcrCell: CellPayload }>(UPDATE, {
      variables: { input },
      headers,
    });
    expect(first.body.data?.updateLivcrCell.cell?.version).toBe(version + 1);
    expect(retry.body.data?.updateLivcrCell).toEqual(first.body.data?.updateLivcrCell);
    expect((await cell('livcr-41002')).version).toBe(version + 1);
    const { entries } = await trail({ recordId: 'livcr-41002', kind: 'WRITE' }, await roleToken('auditor'));
    expect(
      entries?.filter((entry) =>
        entry.changes.some((change) => change.after === '"retried@aalst.be.invalid"'),
      ),
    ).toHaveLength(1);
  });

  it('answers a clear WRITE_FAILED when the database fails in the middle of a write, with nothing half-applied', async () => {
    const before = await cell('livcr-41002');
    const statusOn = async (at: string) =>
      (
        await hub.query<{ livcrCell: { status: string } }>(
          `query ($at: Date) { livcrCell(id: "livcr-41002", at: $at) { status } }`,
          { variables: { at } },
        )
      ).body.data?.livcrCell.status;
    // The audit row comes last in the transaction: when it fails, the status periods and the version already written roll back.
    await hub.database.execute(`
      CREATE FUNCTION municipalities.e2e_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END; $$;
      CREATE TRIGGER e2e_fail_audit BEFORE INSERT ON municipalities.audit_log FOR EACH ROW EXECUTE FUNCTION municipalities.e2e_fail_audit();
    `);
    try {
      const failed = await hub.query(
        `mutation { recordLivcrCellStatusChange(input: { id: "livcr-41002", expectedVersion: ${before.version}, status: ACTIVE, effectiveDate: "2026-10-01" }) { cell { version } userErrors { code } } }`,
        { headers: editor },
      );
      expect(failed.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^Nothing was written: the database failed during recordLivcrCellStatusChange/,
          ),
          extensions: expect.objectContaining({ code: 'WRITE_FAILED' }),
        }),
      ]);
    } finally {
      await hub.database.execute(
        'DROP TRIGGER e2e_fail_audit ON municipalities.audit_log; DROP FUNCTION municipalities.e2e_fail_audit();',
      );
    }
    expect(await cell('livcr-41002')).toEqual(before);
    expect(await statusOn('2026-10-01')).toBe('DORMANT');
  });

  it('runs every example of the README section "Maintain your data" with its role token, each written without user errors', async () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Maintain your data'), readme.indexOf('## Configuration'));
    const examples = [...section.matchAll(/```graphql\n# ([a-z-]+):[^\n]*\n([\s\S]*?)```/g)].map((match) => ({
      role: match[1] as keyof typeof ROLES,
      operation: match[2] as string,
    }));
    expect(examples.map((example) => example.role)).toEqual([
      'municipal-editor',
      'regional-coordinator',
      'federal-editor',
      'eu-partner-editor',
      'auditor',
    ]);
    for (const example of examples) {
      // The README reads the version first (1 on a fresh database); this hub's cell has been written already.
      const operation = example.operation.replace(
        'expectedVersion: 1',
        `expectedVersion: ${(await cell('livcr-41002')).version}`,
      );
      const { body } = await hub.query<Record<string, unknown>>(operation.replace(/^#.*$/gm, ''), {
        headers: await roleToken(example.role),
      });
      expect({ role: example.role, errors: body.errors }).toEqual({ role: example.role, errors: undefined });
      const answer = Object.values(body.data ?? {})[0] as { userErrors?: UserError[]; nodes?: unknown[] };
      if (operation.trimStart().startsWith('mutation'))
        expect({ role: example.role, userErrors: answer.userErrors }).toEqual({
          role: example.role,
          userErrors: [],
        });
      else expect(answer.nodes?.length).toBeGreaterThan(0);
    }
  });
});

describe('an edit survives a hub restart and a re-seed (issue 9: seeds never overwrite edits)', () => {
  // Made when the test runs (not when the file is collected), so a run that skips the test leaves no folder behind.
  let dataDir: string | undefined;
  let database: DatabaseHandle | undefined;
  beforeAll(() => {
    dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(path.join(tmpdir(), 'cohesion-livcr-writes-'));
  });
  afterAll(async () => {
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** The embedded database on its folder (what `npm start` opens), or this file's throw-away database on the Postgres server. */
  async function openDatabase(): Promise<DatabaseHandle> {
    return dataDir
      ? createDatabase({ dataDir })
      : (database ?? createTestDatabase({ url: process.env.DATABASE_URL }));
  }

  async function start(handle: DatabaseHandle): Promise<RunningHub> {
    return startHub({
      database: handle,
      prepareDatabase,
      authentication: createDevelopmentAuthentication(),
      logger: createLogger({ service: 'test', level: 'silent' }),
      development: false,
      corsOrigins: [],
    });
  }

  async function post<Data>(hub: RunningHub, query: string, headers: Record<string, string> = {}) {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Data; errors?: unknown[] };
  }

  const READ = `{ livcrCell(id: "livcr-41002", at: "2026-07-01") { version meetingFrequency status functionalContact { email } } }`;

  it('keeps the edited cell, its version and its dated status after the hub restarts on the same database and the seed is applied again', async () => {
    const editor = await roleToken('municipal-editor');
    database = await openDatabase();
    let hub = await start(database);
    let edited: unknown;
    try {
      const read = await post<{ livcrCell: { version: number } }>(
        hub,
        `{ livcrCell(id: "livcr-41002") { version } }`,
        editor,
      );
      const version = read.data?.livcrCell.version ?? 0;
      const written = await post<{ updateLivcrCell: CellPayload }>(
        hub,
        `mutation { updateLivcrCell(input: { id: "livcr-41002", expectedVersion: ${version}, meetingFrequency: ON_DEMAND, functionalEmail: "kept@aalst.be.invalid" }) { cell { version } userErrors { code message } } }`,
        editor,
      );
      expect(written.data?.updateLivcrCell.userErrors).toEqual([]);
      const status = await post<{ recordLivcrCellStatusChange: CellPayload }>(
        hub,
        `mutation { recordLivcrCellStatusChange(input: { id: "livcr-41002", expectedVersion: ${version + 1}, status: DORMANT, effectiveDate: "2026-06-01" }) { userErrors { code message } } }`,
        editor,
      );
      expect(status.data?.recordLivcrCellStatusChange.userErrors).toEqual([]);
      edited = (await post(hub, READ, editor)).data;
      expect(edited).toEqual({
        livcrCell: {
          version: version + 2,
          meetingFrequency: 'ON_DEMAND',
          status: 'DORMANT',
          functionalContact: { email: 'kept@aalst.be.invalid' },
        },
      });
    } finally {
      await hub.close();
    }
    if (dataDir) {
      await database.close();
      database = await openDatabase();
    }
    hub = await start(database);
    try {
      expect((await post(hub, READ, editor)).data).toEqual(edited);
      // A re-seed that re-applies the SAMPLE cells (as a new seed version does) inserts missing rows only.
      await seedSchemas(database, ['municipalities'], { force: true });
      expect((await post(hub, READ, editor)).data).toEqual(edited);
    } finally {
      await hub.close();
    }
    // Two hub starts, the first seeding every level on its own database: bounded, but more than one start's time.
  }, 180_000);
});
