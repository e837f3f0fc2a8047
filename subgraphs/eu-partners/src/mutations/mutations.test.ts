import { euPartnersTables } from '@cohesion/db';
import { seedEuPartners } from '@cohesion/db/seed';
import { type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { and, eq } from 'drizzle-orm';
import { createSubgraphContext } from '../context';
import { createSubgraph } from '../subgraph';

function identity(scopes: string[], jurisdictions: string[], subject = 'editor-efus'): Identity {
  return { subject, scopes: new Set(scopes), jurisdictions, organisation: 'Efus' };
}

const euEditor = identity(['contacts:read', 'eu:write'], ['EU']);
const euReader = identity(['contacts:read'], ['EU'], 'reader-efus');
// A token with the scope but a municipal jurisdiction: the subgraph's jurisdiction rule refuses it.
const municipalWithScope = identity(['eu:write'], ['nis:41002'], 'editor-aalst');

type UserError = { code: string; field: string; message: string; currentVersion: number | null };
type Written = { id: string; version: number };
const USER_ERRORS = 'userErrors { code field message currentVersion }';

describe('eu-partners mutations', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      schemas: ['eu_partners'],
      createSubgraph,
      createContext: createSubgraphContext,
    });
  });
  afterAll(() => subgraph.stop());

  function inputType(field: string): string {
    return field.startsWith('archive')
      ? 'ArchiveRecordInput'
      : `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  }

  async function mutate(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller: Identity | null = euEditor,
    idempotencyKey?: string,
  ) {
    return subgraph.execute<Record<string, Record<string, unknown> & { userErrors: UserError[] }>>(
      `mutation ($input: ${inputType(field)}!) { ${field}(input: $input) { ${selection} ${USER_ERRORS} } }`,
      { input },
      { identity: caller, ...(idempotencyKey ? { idempotencyKey } : {}) },
    );
  }

  async function payload(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller?: Identity | null,
  ) {
    const result = await mutate(field, input, selection, caller);
    expect(result.errors).toBeUndefined();
    return result.data?.[field] as Record<string, unknown> & { userErrors: UserError[] };
  }

  async function auditRows(recordType: string, recordId: string) {
    const { auditLog } = euPartnersTables;
    return subgraph.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, recordType), eq(auditLog.recordId, recordId)))
      .orderBy(auditLog.id);
  }

  const RECORDS = [
    {
      type: 'EuOrganisation',
      key: 'organisation',
      create: {
        names: { en: 'European Network of Local Prevention' },
        type: 'EU_NETWORK',
        level: 'EUROPEAN_NETWORK',
        parentOrganisation: 'efus',
        description: { en: 'A network of cities.' },
      },
      update: { website: 'https://www.example.eu' },
    },
    {
      type: 'EuEvent',
      key: 'event',
      create: {
        titles: { en: 'Lunch briefing on polarisation' },
        kind: 'LUNCH_BRIEFING',
        date: '2027-02-10',
        online: false,
        venueMunicipality: '21004',
        project: 'liaise',
        description: { en: 'A briefing.' },
      },
      update: { startTime: '12:00', endTime: '13:30' },
    },
    {
      type: 'EuProject',
      key: 'project',
      create: {
        name: 'Local Prevention Alliance',
        acronym: 'LPA',
        startsOn: '2026-01-01',
        leadOrganisation: 'efus',
        funder: 'european-commission',
        description: { en: 'A project.' },
      },
      update: { endsOn: '2028-12-31' },
    },
    {
      type: 'EuDocument',
      key: 'document',
      create: {
        titles: { en: 'Guide to local prevention' },
        type: 'GUIDE',
        date: '2026-11-01',
        issuingAuthority: 'Efus',
        issuingOrganisation: 'efus',
        description: { en: 'A guide.' },
      },
      update: { reference: 'EFUS-2026-01' },
    },
    {
      type: 'EuWorkingGroup',
      key: 'workingGroup',
      create: {
        organisation: 'ran',
        names: { en: 'RAN Cities' },
        code: 'RAN CITIES',
        kind: 'WORKING_GROUP',
        description: { en: 'Local authorities.' },
      },
      update: { meetingRhythm: 'twice a year' },
    },
  ] as const;

  it.each(RECORDS)(
    'creates, updates and archives a $type at versions 1, 2, 3, each write audited',
    async ({ type, key, create, update }) => {
      const created = await payload(`create${type}`, create, `${key} { id version archived { reason } }`);
      expect(created.userErrors).toEqual([]);
      const record = created[key] as Written;
      expect(record).toMatchObject({ version: 1, archived: null });

      const updated = await payload(
        `update${type}`,
        { id: record.id, expectedVersion: 1, ...update },
        `${key} { id version }`,
      );
      expect(updated).toEqual({ [key]: { id: record.id, version: 2 }, userErrors: [] });

      const archived = await payload(
        `archive${type}`,
        { id: record.id, expectedVersion: 2, reason: 'merged into another record' },
        `${key} { id version archived { reason } }`,
      );
      expect(archived[key]).toEqual({
        id: record.id,
        version: 3,
        archived: { reason: 'merged into another record' },
      });

      expect(
        (await auditRows(type, record.id)).map((row) => [row.operation, row.actorSub, row.territory]),
      ).toEqual([
        [`create${type}`, 'editor-efus', ['EU', 'BE']],
        [`update${type}`, 'editor-efus', ['EU', 'BE']],
        [`archive${type}`, 'editor-efus', ['EU', 'BE']],
      ]);
    },
  );

  it('lists a created event with its Belgian venue, and leaves it out of the list once archived unless asked', async () => {
    const created = await payload(
      'createEuEvent',
      {
        titles: { en: 'Study morning on resilience' },
        kind: 'STUDY_MORNING',
        date: '2027-05-06',
        online: false,
        venueMunicipality: '41002',
        description: { en: 'x' },
      },
      'event { id venue { municipality { nis } } }',
    );
    const event = created.event as Written & { venue: { municipality: { nis: string } } };
    expect(event.venue).toEqual({ municipality: { nis: '41002' } });
    const inFlanders = `{ euPartners { events(filter: { municipality: "41002", search: "resilience" }) { nodes { id } } } }`;
    expect(
      (await subgraph.execute<{ euPartners: { events: { nodes: unknown[] } } }>(inFlanders)).data?.euPartners
        .events.nodes,
    ).toEqual([{ id: event.id }]);
    await payload(
      'archiveEuEvent',
      { id: event.id, expectedVersion: 1, reason: 'cancelled by the organiser' },
      'event { id }',
    );
    const lists = await subgraph.execute<{
      euPartners: { current: { nodes: unknown[] }; all: { nodes: unknown[] } };
    }>(
      `{ euPartners { current: events(filter: { search: "resilience" }) { nodes { id } } all: events(filter: { search: "resilience", includeArchived: true }) { nodes { id } } } }`,
    );
    expect(lists.data?.euPartners).toEqual({ current: { nodes: [] }, all: { nodes: [{ id: event.id }] } });
  });

  it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
    const { data } = await subgraph.execute<{ euPartners: { workingGroups: { nodes: Written[] } } }>(
      `{ euPartners { workingGroups(organisation: "ran", first: 1) { nodes { id version } } } }`,
    );
    const group = data?.euPartners.workingGroups.nodes[0] as Written;
    await payload(
      'updateEuWorkingGroup',
      { id: group.id, expectedVersion: group.version, meetingRhythm: 'monthly' },
      'workingGroup { id }',
    );
    const stale = await payload(
      'updateEuWorkingGroup',
      { id: group.id, expectedVersion: group.version, meetingRhythm: 'never' },
      'workingGroup { id }',
    );
    expect(stale).toEqual({
      workingGroup: null,
      userErrors: [expect.objectContaining({ code: 'CONFLICT', currentVersion: group.version + 1 })],
    });
    const [row] = await subgraph.database.db
      .select()
      .from(euPartnersTables.workingGroups)
      .where(eq(euPartnersTables.workingGroups.id, group.id));
    expect(row).toMatchObject({ rhythm: 'monthly', version: group.version + 1 });
  });

  it('names each invalid field with its value and what is accepted, and refuses a missing referenced record', async () => {
    const invalid = await payload(
      'createEuProject',
      { name: ' ', startsOn: '2027-01-01', endsOn: '2026-01-01', description: { en: 'x' } },
      'project { id }',
    );
    expect(invalid.userErrors.map((error) => [error.field, error.message])).toEqual([
      ['input.endsOn', 'Invalid endsOn "2026-01-01": expected a day on or after startsOn 2027-01-01.'],
      ['input.name', 'Invalid name " ": expected a non-empty text.'],
    ]);
    const missing = await payload(
      'createEuWorkingGroup',
      {
        organisation: 'no-such-network',
        names: { en: 'x y' },
        kind: 'WORKING_GROUP',
        description: { en: 'x' },
      },
      'workingGroup { id }',
    );
    expect(missing.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'input.organisation' }),
    ]);
  });

  it('refuses a caller without eu:write and an anonymous one before resolving, and a token of another jurisdiction with FORBIDDEN', async () => {
    for (const caller of [euReader, null]) {
      const result = await mutate(
        'updateEuOrganisation',
        { id: 'efus', expectedVersion: 1, acronym: 'X' },
        'organisation { id }',
        caller,
      );
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    const refused = await payload(
      'updateEuOrganisation',
      { id: 'efus', expectedVersion: 1, acronym: 'X' },
      'organisation { id }',
      municipalWithScope,
    );
    expect(refused.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    const [row] = await subgraph.database.db
      .select()
      .from(euPartnersTables.organisations)
      .where(eq(euPartnersTables.organisations.id, 'efus'));
    expect(row).toMatchObject({ acronym: 'Efus', version: 1 });
  });

  it('answers a retry with the same idempotency key with the first record, and keeps edits when the seed runs again', async () => {
    const input = {
      names: { en: 'RAN Youth' },
      organisation: 'ran',
      kind: 'WORKING_GROUP',
      description: { en: 'Youth work.' },
    };
    const first = await mutate(
      'createEuWorkingGroup',
      input,
      'workingGroup { id version }',
      euEditor,
      'efus-wg-youth',
    );
    const retry = await mutate(
      'createEuWorkingGroup',
      input,
      'workingGroup { id version }',
      euEditor,
      'efus-wg-youth',
    );
    expect(retry.data).toEqual(first.data);
    const created = first.data?.createEuWorkingGroup?.workingGroup as Written;

    await payload(
      'updateEuOrganisation',
      { id: 'ran', expectedVersion: 1, website: 'https://home-affairs.ec.europa.eu/ran' },
      'organisation { id }',
    );
    await seedEuPartners(subgraph.database.db, { force: true });
    const [ran] = await subgraph.database.db
      .select()
      .from(euPartnersTables.organisations)
      .where(eq(euPartnersTables.organisations.id, 'ran'));
    expect(ran).toMatchObject({ website: 'https://home-affairs.ec.europa.eu/ran', version: 2 });
    const groups = await subgraph.database.db
      .select()
      .from(euPartnersTables.workingGroups)
      .where(eq(euPartnersTables.workingGroups.id, created.id));
    expect(groups).toHaveLength(1);
  });
});
