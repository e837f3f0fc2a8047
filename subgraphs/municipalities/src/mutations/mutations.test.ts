import { municipalitiesTables } from '@cohesion/db';
import { ROLES, type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { and, asc, eq, isNull, lt, ne, notExists } from 'drizzle-orm';
import { createSubgraphContext } from '../context';
import { createSubgraph } from '../subgraph';

const {
  auditLog,
  livcrCells,
  livcrCellStatusPeriods,
  livcrCellMemberships,
  idempotencyKeys,
  municipalities,
} = municipalitiesTables;

function roleIdentity(
  role: keyof typeof ROLES,
  overrides: { subject?: string; jurisdictions?: string[] } = {},
): Identity {
  const { scopes, jurisdictions, organisation } = ROLES[role];
  return {
    subject: overrides.subject ?? `test-${role}`,
    scopes: new Set(scopes),
    jurisdictions: overrides.jurisdictions ?? [...jurisdictions],
    organisation,
  };
}

const editorOfAalst = roleIdentity('municipal-editor');
const auditor = roleIdentity('auditor');
const networkMember = roleIdentity('network-member');
const federalReader = roleIdentity('federal');

type UserError = { code: string; field: string; message: string; currentVersion: number | null };
type Payload = {
  cell: { id: string; cellId: string; version: number; status?: string; meetingFrequency?: string } | null;
  userErrors: UserError[];
};

const USER_ERRORS = 'userErrors { code field message currentVersion }';

describe('municipal editors keep their LIVC-R record current (municipalities subgraph)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      schemas: ['municipalities'],
      createSubgraph,
      createContext: createSubgraphContext,
    });
  });
  afterAll(() => subgraph.stop());

  async function mutate(
    field: string,
    input: Record<string, unknown>,
    caller: Identity | null = editorOfAalst,
    options: { idempotencyKey?: string; selection?: string } = {},
  ) {
    const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
    const result = await subgraph.execute<Record<string, Payload>>(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { cell { ${options.selection ?? 'id cellId version status'} } ${USER_ERRORS} } }`,
      { input },
      { identity: caller, ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}) },
    );
    return result;
  }

  async function payload(
    field: string,
    input: Record<string, unknown>,
    caller: Identity | null = editorOfAalst,
    options: { idempotencyKey?: string; selection?: string } = {},
  ): Promise<Payload> {
    const result = await mutate(field, input, caller, options);
    expect(result.errors).toBeUndefined();
    return result.data?.[field] as Payload;
  }

  async function cellRow(id: string) {
    const [row] = await subgraph.database.db.select().from(livcrCells).where(eq(livcrCells.id, id));
    if (!row) throw new Error(`the seed has ${id}`);
    return row;
  }

  async function auditRows(recordId: string) {
    return subgraph.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.recordId, recordId))
      .orderBy(asc(auditLog.id));
  }

  async function statusOn(id: string, at: string) {
    const result = await subgraph.execute<{ livcrCell: { status: string } | null }>(
      `query ($id: ID!, $at: Date) { livcrCell(id: $id, at: $at) { status } }`,
      { id, at },
    );
    return result.data?.livcrCell?.status ?? null;
  }

  it('updates the meeting band with the version read (V to V+1), refuses the same stale V with CONFLICT and writes nothing then', async () => {
    const before = await cellRow('livcr-41002');
    const band = before.meetingFrequency === 'MONTHLY' ? 'QUARTERLY' : 'MONTHLY';
    // The band is dated too: the day before the change, and the figures of that day, keep the band they had.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const pastBand = () =>
      subgraph.execute(
        `query ($at: Date) { livcrCell(id: "livcr-41002", at: $at) { meetingFrequency } }`,
        { at: yesterday },
        { identity: editorOfAalst },
      );
    const pastFigures = () =>
      subgraph.execute(
        `query ($at: Date) { livcrFigures(at: $at, region: FLANDERS, kinds: [CELLS_BY_MEETING_FREQUENCY]) { keys { name value } value } }`,
        { at: yesterday },
        { identity: editorOfAalst },
      );
    const figuresBefore = await pastFigures();
    expect(figuresBefore.errors).toBeUndefined();
    expect((await pastBand()).data).toEqual({ livcrCell: { meetingFrequency: before.meetingFrequency } });
    const first = await payload(
      'updateLivcrCell',
      { id: 'livcr-41002', expectedVersion: before.version, meetingFrequency: band },
      editorOfAalst,
      { selection: 'id cellId version meetingFrequency' },
    );
    expect(first).toEqual({
      cell: {
        id: expect.stringMatching(/^livcr-41002@\d{4}-\d{2}-\d{2}$/),
        cellId: 'livcr-41002',
        version: before.version + 1,
        meetingFrequency: band,
      },
      userErrors: [],
    });

    const stale = await payload('updateLivcrCell', {
      id: 'livcr-41002',
      expectedVersion: before.version,
      meetingFrequency: 'ANNUAL',
    });
    expect(stale).toEqual({
      cell: null,
      userErrors: [
        expect.objectContaining({
          code: 'CONFLICT',
          field: 'input.expectedVersion',
          currentVersion: before.version + 1,
        }),
      ],
    });
    expect(await cellRow('livcr-41002')).toMatchObject({
      version: before.version + 1,
      meetingFrequency: band,
    });
    expect((await pastBand()).data).toEqual({ livcrCell: { meetingFrequency: before.meetingFrequency } });
    expect((await pastFigures()).data).toEqual(figuresBefore.data);
    const today = await subgraph.execute(
      `{ livcrCell(id: "livcr-41002") { meetingFrequency } }`,
      {},
      { identity: editorOfAalst },
    );
    expect(today.data).toEqual({ livcrCell: { meetingFrequency: band } });

    const [row] = (await auditRows('livcr-41002')).filter((entry) => entry.operation === 'updateLivcrCell');
    expect(row).toMatchObject({
      actorSub: editorOfAalst.subject,
      actorOrg: 'Stad Aalst',
      kind: 'WRITE',
      recordType: 'LivcrCell',
      changes: [
        { field: 'meetingFrequency', before: before.meetingFrequency, after: band },
        { field: 'version', before: before.version, after: before.version + 1 },
      ],
    });
    expect(row?.territory).toEqual(expect.arrayContaining(['nis:41002', 'prov:40000', 'BE-VLG', 'BE']));
  });

  it("refuses another municipality's cell with FORBIDDEN and a federal reader or anonymous caller outright, writing nothing", async () => {
    const ghent = await cellRow('livcr-44021');
    const auditedBefore = (await auditRows('livcr-44021')).length;
    const forbidden = await payload('updateLivcrCell', {
      id: 'livcr-44021',
      expectedVersion: ghent.version,
      meetingFrequency: 'MONTHLY',
    });
    expect(forbidden.cell).toBeNull();
    expect(forbidden.userErrors).toEqual([
      expect.objectContaining({
        code: 'FORBIDDEN',
        field: 'input.id',
        message: expect.stringContaining('livcr-44021'),
      }),
    ]);
    for (const caller of [federalReader, networkMember, null]) {
      const refused = await mutate(
        'updateLivcrCell',
        { id: 'livcr-44021', expectedVersion: ghent.version, meetingFrequency: 'MONTHLY' },
        caller,
      );
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    expect(await cellRow('livcr-44021')).toEqual(ghent);
    expect(await auditRows('livcr-44021')).toHaveLength(auditedBefore);
  });

  it('answers every validation error at once, naming the field, the offending value and what is accepted', async () => {
    const { version } = await cellRow('livcr-41002');
    const invalid = await payload('updateLivcrCell', {
      id: 'livcr-41002',
      expectedVersion: 0,
      functionalEmail: 'not-an-address',
      name: ' ',
    });
    expect(invalid.userErrors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        field: 'input.expectedVersion',
        message: 'Invalid expectedVersion 0: expected the version you read, a whole number from 1.',
        currentVersion: null,
      },
      {
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        message: 'Invalid name " ": expected a non-empty text.',
        currentVersion: null,
      },
      {
        code: 'BAD_USER_INPUT',
        field: 'input.functionalEmail',
        message:
          'Invalid functionalEmail "not-an-address": expected an e-mail address such as preventie@aalst.be.',
        currentVersion: null,
      },
    ]);
    const nothing = await payload('updateLivcrCell', { id: 'livcr-41002', expectedVersion: version });
    expect(nothing.userErrors).toEqual([
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        message: expect.stringContaining('name, meetingFrequency, functionalEmail'),
      }),
    ]);
    const unknown = await payload('updateLivcrCell', {
      id: 'livcr-99999',
      expectedVersion: 1,
      meetingFrequency: 'ANNUAL',
    });
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.id' })]);
    expect((await cellRow('livcr-41002')).version).toBe(version);
  });

  it('records a status change as dated history: the day before still answers ACTIVE, and the coverage map of that day is unchanged', async () => {
    expect(await statusOn('livcr-41002', '2026-05-31')).toBe('ACTIVE');
    const coverage = `query ($at: Date) { livcrCoverage(at: $at, region: FLANDERS) { featureCollection summary { total { cells dormantCells municipalitiesCovered } } } }`;
    const mapBefore = await subgraph.execute(coverage, { at: '2026-05-31' });
    const dormantBefore = await subgraph.execute(coverage, { at: '2026-06-01' });
    const { version } = await cellRow('livcr-41002');

    const early = await payload('recordLivcrCellStatusChange', {
      id: 'livcr-41002',
      expectedVersion: version,
      status: 'DORMANT',
      effectiveDate: '2015-01-02',
    });
    expect(early.userErrors).toEqual([
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'input.effectiveDate',
        message: expect.stringMatching(
          /^Invalid effectiveDate "2015-01-02": expected a date after \d{4}-\d{2}-\d{2}/,
        ),
      }),
    ]);
    const same = await payload('recordLivcrCellStatusChange', {
      id: 'livcr-41002',
      expectedVersion: version,
      status: 'ACTIVE',
      effectiveDate: '2026-06-01',
    });
    expect(same.userErrors).toEqual([
      expect.objectContaining({
        field: 'input.status',
        message: expect.stringContaining('expected DORMANT or DISSOLVED'),
      }),
    ]);

    const changed = await payload('recordLivcrCellStatusChange', {
      id: 'livcr-41002',
      expectedVersion: version,
      status: 'DORMANT',
      effectiveDate: '2026-06-01',
    });
    expect(changed.userErrors).toEqual([]);
    expect(changed.cell?.version).toBe(version + 1);
    expect(await statusOn('livcr-41002', '2026-05-31')).toBe('ACTIVE');
    expect(await statusOn('livcr-41002', '2026-06-01')).toBe('DORMANT');
    expect((await subgraph.execute(coverage, { at: '2026-05-31' })).data).toEqual(mapBefore.data);
    const dormantAfter = await subgraph.execute<{
      livcrCoverage: { summary: { total: { dormantCells: number } } };
    }>(coverage, { at: '2026-06-01' });
    expect(dormantAfter.data?.livcrCoverage.summary.total.dormantCells).toBe(
      (dormantBefore.data as { livcrCoverage: { summary: { total: { dormantCells: number } } } })
        .livcrCoverage.summary.total.dormantCells + 1,
    );
    const [entry] = (await auditRows('livcr-41002')).filter(
      (row) => row.operation === 'recordLivcrCellStatusChange',
    );
    expect(entry).toMatchObject({
      effectiveDate: '2026-06-01',
      changes: [
        { field: 'status', before: 'ACTIVE', after: 'DORMANT' },
        { field: 'version', before: version, after: version + 1 },
      ],
    });
  });

  it('writes nothing at all when the database fails in the middle of a status change, and says so', async () => {
    const before = await cellRow('livcr-41002');
    const periodsBefore = await subgraph.database.db
      .select()
      .from(livcrCellStatusPeriods)
      .where(eq(livcrCellStatusPeriods.cellId, 'livcr-41002'));
    // The audit row is written last: failing it leaves the closed period, the new period and the new version to roll back.
    await subgraph.database.execute(`
      CREATE FUNCTION municipalities.fail_audit_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure of the audit log'; END; $$;
      CREATE TRIGGER fail_audit_for_test BEFORE INSERT ON municipalities.audit_log FOR EACH ROW EXECUTE FUNCTION municipalities.fail_audit_for_test();
    `);
    try {
      const failed = await mutate(
        'recordLivcrCellStatusChange',
        { id: 'livcr-41002', expectedVersion: before.version, status: 'ACTIVE', effectiveDate: '2026-09-01' },
        editorOfAalst,
        { idempotencyKey: 'forced-failure' },
      );
      expect(failed.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^Nothing was written: the database failed during recordLivcrCellStatusChange/,
          ),
          extensions: expect.objectContaining({ code: 'WRITE_FAILED' }),
        }),
      ]);
    } finally {
      await subgraph.database.execute(
        'DROP TRIGGER fail_audit_for_test ON municipalities.audit_log; DROP FUNCTION municipalities.fail_audit_for_test();',
      );
    }
    expect(await cellRow('livcr-41002')).toEqual(before);
    expect(
      await subgraph.database.db
        .select()
        .from(livcrCellStatusPeriods)
        .where(eq(livcrCellStatusPeriods.cellId, 'livcr-41002')),
    ).toEqual(periodsBefore);
    expect(
      await subgraph.database.db
        .select()
        .from(idempotencyKeys)
        .where(eq(idempotencyKeys.key, 'forced-failure')),
    ).toEqual([]);
    // The same call, retried once the database works, is written once.
    const retried = await payload(
      'recordLivcrCellStatusChange',
      { id: 'livcr-41002', expectedVersion: before.version, status: 'ACTIVE', effectiveDate: '2026-09-01' },
      editorOfAalst,
      { idempotencyKey: 'forced-failure' },
    );
    expect(retried.cell?.version).toBe(before.version + 1);
  });

  it('answers an idempotent retry with the first answer and writes once; the same key for another change is refused', async () => {
    const { version } = await cellRow('livcr-41002');
    const input = {
      id: 'livcr-41002',
      expectedVersion: version,
      functionalEmail: 'cel-retry@aalst.be.invalid',
      idempotencyKey: 'retry-1',
    };
    const first = await payload('updateLivcrCell', input);
    const again = await payload('updateLivcrCell', input);
    expect(again).toEqual(first);
    expect(first.cell?.version).toBe(version + 1);
    expect((await cellRow('livcr-41002')).version).toBe(version + 1);
    expect(
      (await auditRows('livcr-41002')).filter(
        (row) =>
          row.operation === 'updateLivcrCell' &&
          JSON.stringify(row.changes).includes('cel-retry@aalst.be.invalid'),
      ),
    ).toHaveLength(1);
    const reused = await payload('updateLivcrCell', { ...input, functionalEmail: 'other@aalst.be.invalid' });
    expect(reused.userErrors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' }),
    ]);
  });

  it('lets exactly one of concurrent writers with the same version win; the others get CONFLICT', async () => {
    const { version } = await cellRow('livcr-41002');
    const bands = ['NONE', 'ON_DEMAND', 'ANNUAL', 'QUARTERLY', 'MONTHLY', 'NONE', 'ON_DEMAND', 'ANNUAL'];
    const results = await Promise.all(
      bands.map((band) =>
        payload('updateLivcrCell', { id: 'livcr-41002', expectedVersion: version, meetingFrequency: band }),
      ),
    );
    const winners = results.filter((result) => result.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.userErrors[0]?.code === 'CONFLICT')).toHaveLength(
      bands.length - 1,
    );
    expect((await cellRow('livcr-41002')).version).toBe(version + 1);
  });

  it('founds a cell for a municipality without one, as dated history, and refuses a municipality that has one', async () => {
    const { db } = subgraph.database;
    const [free] = await db
      .select({ nis: municipalities.nis })
      .from(municipalities)
      .where(
        and(
          eq(municipalities.regionNis, '02000'),
          notExists(
            db
              .select()
              .from(livcrCellMemberships)
              .where(eq(livcrCellMemberships.municipalityNis, municipalities.nis)),
          ),
        ),
      )
      .orderBy(asc(municipalities.nis))
      .limit(1);
    if (!free) throw new Error('the sample leaves some Flemish municipalities without a cell');
    const editor = roleIdentity('municipal-editor', {
      subject: `editor-${free.nis}`,
      jurisdictions: [`nis:${free.nis}`],
    });
    const input = {
      municipality: free.nis,
      name: 'LIVC-R test',
      foundedOn: '2026-03-01',
      meetingFrequency: 'QUARTERLY',
      functionalEmail: 'livcr@test.be.invalid',
      coordinator: {
        name: 'Test Coördinator',
        role: 'Preventiecoördinator',
        email: 'coordinator@test.be.invalid',
      },
    };
    expect((await payload('foundLivcrCell', input)).userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', field: 'input.municipality' }),
    ]);
    const founded = await payload('foundLivcrCell', input, editor, {
      selection: 'id cellId version status memberRoles { sector mandatory since }',
    });
    expect(founded.userErrors).toEqual([]);
    expect(founded.cell).toMatchObject({ cellId: `livcr-${free.nis}`, version: 1, status: 'ACTIVE' });
    expect(await statusOn(`livcr-${free.nis}`, '2026-02-28')).toBeNull();
    expect(await statusOn(`livcr-${free.nis}`, '2026-03-01')).toBe('ACTIVE');
    const twice = await payload('foundLivcrCell', { ...input, foundedOn: '2026-04-01' }, editor);
    expect(twice.userErrors).toEqual([
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'input.municipality',
        message: expect.stringContaining(`belongs to livcr-${free.nis}`),
      }),
    ]);
  });

  it('lets a member municipality leave a shared cell and join it again, dated, and keeps the seat from leaving', async () => {
    const [shared] = await subgraph.database.db
      .select({
        id: livcrCells.id,
        seat_nis: livcrCells.seatNis,
        member: livcrCellMemberships.municipalityNis,
        member_since: livcrCellMemberships.memberSince,
      })
      .from(livcrCells)
      .innerJoin(livcrCellMemberships, eq(livcrCellMemberships.cellId, livcrCells.id))
      .where(
        and(
          isNull(livcrCells.validTo),
          isNull(livcrCellMemberships.memberUntil),
          ne(livcrCellMemberships.municipalityNis, livcrCells.seatNis),
          eq(livcrCells.regionNis, '02000'),
          lt(livcrCellMemberships.memberSince, '2026-01-01'),
        ),
      )
      .orderBy(asc(livcrCells.id), asc(livcrCellMemberships.municipalityNis))
      .limit(1);
    if (!shared) throw new Error('the sample has shared Flemish cells');
    const editor = roleIdentity('municipal-editor', {
      subject: `editor-${shared.member}`,
      jurisdictions: [`nis:${shared.member}`],
    });
    const { version } = await cellRow(shared.id);
    const seat = await payload(
      'leaveLivcrCell',
      { id: shared.id, expectedVersion: version, municipality: shared.seat_nis, lastDay: '2026-06-30' },
      roleIdentity('municipal-editor', { jurisdictions: [`nis:${shared.seat_nis}`] }),
    );
    expect(seat.userErrors).toEqual([
      expect.objectContaining({
        field: 'input.municipality',
        message: expect.stringContaining('is the seat'),
      }),
    ]);
    const left = await payload(
      'leaveLivcrCell',
      { id: shared.id, expectedVersion: version, municipality: shared.member, lastDay: '2026-06-30' },
      editor,
    );
    expect(left.userErrors).toEqual([]);
    const members = async (at: string) => {
      const result = await subgraph.execute<{
        livcrCell: { municipalities: Array<{ municipality: { nis: string } }> };
      }>(
        `query ($id: ID!, $at: Date) { livcrCell(id: $id, at: $at) { municipalities { municipality { nis } } } }`,
        { id: shared.id, at },
      );
      return result.data?.livcrCell.municipalities.map((membership) => membership.municipality.nis) ?? [];
    };
    expect(await members('2026-06-30')).toContain(shared.member);
    expect(await members('2026-07-01')).not.toContain(shared.member);
    const joined = await payload(
      'joinLivcrCell',
      { id: shared.id, expectedVersion: version + 1, municipality: shared.member, since: '2026-09-01' },
      editor,
    );
    expect(joined.userErrors).toEqual([]);
    expect(await members('2026-08-31')).not.toContain(shared.member);
    expect(await members('2026-09-01')).toContain(shared.member);
    const memberships = await subgraph.database.db
      .select({ since: livcrCellMemberships.memberSince, until: livcrCellMemberships.memberUntil })
      .from(livcrCellMemberships)
      .where(
        and(
          eq(livcrCellMemberships.cellId, shared.id),
          eq(livcrCellMemberships.municipalityNis, shared.member),
        ),
      )
      .orderBy(asc(livcrCellMemberships.memberSince));
    expect(memberships).toEqual([
      { since: shared.member_since, until: '2026-06-30' },
      { since: '2026-09-01', until: null },
    ]);
  });

  it('adds and ends a sector as dated member roles; the mandatory sectors cannot end', async () => {
    const roles = async (at: string) => {
      const result = await subgraph.execute<{ livcrCell: { memberRoles: Array<{ sector: string }> } }>(
        `query ($at: Date) { livcrCell(id: "livcr-41002", at: $at) { memberRoles { sector } } }`,
        { at },
        { identity: editorOfAalst },
      );
      return result.data?.livcrCell.memberRoles.map((role) => role.sector) ?? [];
    };
    const current = await roles('2026-06-01');
    const sector = ['YOUTH_WORK', 'INTEGRATION_SERVICE', 'SCHOOL', 'MENTAL_HEALTH_CENTRE'].find(
      (candidate) => !current.includes(candidate),
    );
    if (!sector) throw new Error('Aalst lacks some optional sector');
    const { version } = await cellRow('livcr-41002');
    expect(
      (
        await payload('endLivcrCellMemberRole', {
          id: 'livcr-41002',
          expectedVersion: version,
          sector: 'POLICE',
          lastDay: '2026-06-30',
        })
      ).userErrors,
    ).toEqual([
      expect.objectContaining({ field: 'input.sector', message: expect.stringContaining('the law makes') }),
    ]);
    expect(
      (
        await payload('addLivcrCellMemberRole', {
          id: 'livcr-41002',
          expectedVersion: version,
          sector,
          since: '2026-04-01',
        })
      ).userErrors,
    ).toEqual([]);
    expect(
      (
        await payload('endLivcrCellMemberRole', {
          id: 'livcr-41002',
          expectedVersion: version + 1,
          sector,
          lastDay: '2026-08-31',
        })
      ).userErrors,
    ).toEqual([]);
    expect(await roles('2026-03-31')).not.toContain(sector);
    expect(await roles('2026-05-01')).toContain(sector);
    expect(await roles('2026-09-01')).not.toContain(sector);
  });

  describe('the audit trail', () => {
    const TRAIL = `query ($filter: AuditTrailFilter, $first: Int, $after: String) {
      municipalitiesAuditTrail(filter: $filter, first: $first, after: $after) {
        nodes { id actorSub actorOrg kind recordType recordId operation effectiveDate occurredAt changes { field before after } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Entry = {
      id: string;
      actorSub: string;
      kind: string;
      recordId: string;
      operation: string;
      changes: Array<{ field: string; before: string | null; after: string | null }>;
    };
    type Trail = {
      municipalitiesAuditTrail: {
        nodes: Entry[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      } | null;
    };

    it("records each read of a coordinator's contact, and shows writes and reads to the auditor with before and after values", async () => {
      await subgraph.execute(
        `{ livcrCell(id: "livcr-41002") { coordinator { email } } }`,
        {},
        { identity: roleIdentity('network-member', { subject: 'reader-aalst' }) },
      );
      const result = await subgraph.execute<Trail>(
        TRAIL,
        { filter: { recordId: 'livcr-41002' } },
        { identity: auditor },
      );
      expect(result.errors).toBeUndefined();
      const entries = result.data?.municipalitiesAuditTrail?.nodes ?? [];
      expect(entries.find((entry) => entry.kind === 'PERSONAL_DATA_READ')).toMatchObject({
        actorSub: 'reader-aalst',
        operation: 'LivcrCell.coordinator',
        changes: [],
      });
      const write = entries.find((entry) => entry.operation === 'updateLivcrCell');
      expect(write?.changes[0]).toEqual({
        field: expect.any(String),
        before: expect.any(String),
        after: expect.any(String),
      });
      // Newest first.
      expect(entries.map((entry) => Number(entry.id))).toEqual(
        [...entries.map((entry) => Number(entry.id))].sort((a, b) => b - a),
      );
      const reads = await subgraph.execute<Trail>(
        TRAIL,
        { filter: { kind: 'PERSONAL_DATA_READ', actorSub: 'reader-aalst' } },
        { identity: auditor },
      );
      expect(reads.data?.municipalitiesAuditTrail?.nodes.map((entry) => entry.recordId)).toEqual([
        'livcr-41002',
      ]);
    });

    it('pages newest first with keyset cursors and filters by period', async () => {
      const all = await subgraph.execute<Trail>(TRAIL, { first: 200 }, { identity: auditor });
      const ids = all.data?.municipalitiesAuditTrail?.nodes.map((entry) => entry.id) ?? [];
      expect(ids.length).toBeGreaterThan(5);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: { data?: Trail | null } = await subgraph.execute<Trail>(
          TRAIL,
          { first: 2, after },
          { identity: auditor },
        );
        paged.push(...(page.data?.municipalitiesAuditTrail?.nodes.map((entry) => entry.id) ?? []));
        after = page.data?.municipalitiesAuditTrail?.pageInfo.hasNextPage
          ? page.data.municipalitiesAuditTrail.pageInfo.endCursor
          : null;
      } while (after);
      expect(paged).toEqual(ids);
      const past = await subgraph.execute<Trail>(
        TRAIL,
        { filter: { to: '2020-01-01' } },
        { identity: auditor },
      );
      expect(past.data?.municipalitiesAuditTrail?.nodes).toEqual([]);
      const bad = await subgraph.execute<Trail>(
        TRAIL,
        { filter: { from: '2026-02-30' } },
        { identity: auditor },
      );
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('shows an editor the history of their own cells only, and a network member or federal reader none of it', async () => {
      const ofAalst = await subgraph.execute<Trail>(TRAIL, { first: 200 }, { identity: editorOfAalst });
      const records = new Set(ofAalst.data?.municipalitiesAuditTrail?.nodes.map((entry) => entry.recordId));
      expect(records.has('livcr-41002')).toBe(true);
      expect([...records].every((id) => id === 'livcr-41002')).toBe(true);
      const ofGhent = await subgraph.execute<Trail>(
        TRAIL,
        { filter: { recordId: 'livcr-41002' } },
        { identity: roleIdentity('municipal-editor', { jurisdictions: ['nis:44021'] }) },
      );
      expect(ofGhent.data?.municipalitiesAuditTrail?.nodes).toEqual([]);
      for (const caller of [networkMember, federalReader, null]) {
        const refused = await subgraph.execute<Trail>(TRAIL, {}, { identity: caller });
        expect(refused.data?.municipalitiesAuditTrail ?? null).toBeNull();
        expect(refused.errors?.map((error) => error.extensions?.code)).toEqual([
          'UNAUTHORIZED_FIELD_OR_TYPE',
        ]);
      }
    });
  });
});
