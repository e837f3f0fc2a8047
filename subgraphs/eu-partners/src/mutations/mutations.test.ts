import { euPartnersTables } from '@cohesion/db';
import { seedEuPartners } from '@cohesion/db/seed';
import { type Identity } from '@cohesion/kit';
import {
  createMutationTester,
  type MutationTester,
  startTestSubgraph,
  type TestSubgraph,
} from '@cohesion/kit/testing';
import { eq } from 'drizzle-orm';
import { createSubgraphContext } from '../context';
import { createSubgraph } from '../subgraph';

function identity(scopes: string[], jurisdictions: string[], subject = 'editor-efus'): Identity {
  return { subject, scopes: new Set(scopes), jurisdictions, organisation: 'Efus' };
}

const euEditor = identity(['contacts:read', 'eu:write'], ['EU']);
const euReader = identity(['contacts:read'], ['EU'], 'reader-efus');
// A token with the scope but a municipal jurisdiction: the subgraph's jurisdiction rule refuses it.
const municipalWithScope = identity(['eu:write'], ['nis:41002'], 'editor-aalst');

type Written = { id: string; version: number };

describe('eu-partners mutations', () => {
  let subgraph: TestSubgraph;
  let mutations: MutationTester;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      schemas: ['eu_partners'],
      createSubgraph,
      createContext: createSubgraphContext,
    });
    mutations = createMutationTester(subgraph, { auditLog: euPartnersTables.auditLog, caller: euEditor });
  });
  afterAll(() => subgraph.stop());

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
      const { id, created, updated, archived, audit } = await mutations.lifecycle({
        type,
        key,
        create,
        changes: update,
        reason: 'merged into another record',
      });
      expect([created, updated, archived]).toEqual([
        { [key]: { id, version: 1, archived: null }, userErrors: [] },
        { [key]: { id, version: 2, archived: null }, userErrors: [] },
        { [key]: { id, version: 3, archived: { reason: 'merged into another record' } }, userErrors: [] },
      ]);
      expect(audit.map((row) => [row.operation, row.actorSub, row.territory])).toEqual([
        [`create${type}`, 'editor-efus', ['EU', 'BE']],
        [`update${type}`, 'editor-efus', ['EU', 'BE']],
        [`archive${type}`, 'editor-efus', ['EU', 'BE']],
      ]);
    },
  );

  it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
    const { data } = await subgraph.execute<{ euPartners: { workingGroups: { nodes: Written[] } } }>(
      `{ euPartners { workingGroups(organisation: "ran", first: 1) { nodes { id version } } } }`,
    );
    const group = data?.euPartners.workingGroups.nodes[0] as Written;
    await mutations.payload(
      'updateEuWorkingGroup',
      { id: group.id, expectedVersion: group.version, meetingRhythm: 'monthly' },
      'workingGroup { id }',
    );
    const stale = await mutations.payload(
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
    const invalid = await mutations.payload(
      'createEuProject',
      { name: ' ', startsOn: '2027-01-01', endsOn: '2026-01-01', description: { en: 'x' } },
      'project { id }',
    );
    expect(invalid.userErrors.map((error) => [error.field, error.message])).toEqual([
      ['input.endsOn', 'Invalid endsOn "2026-01-01": expected a day on or after startsOn 2027-01-01.'],
      ['input.name', 'Invalid name " ": expected a non-empty text.'],
    ]);
    const missing = await mutations.payload(
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
      const result = await mutations.mutate(
        'updateEuOrganisation',
        { id: 'efus', expectedVersion: 1, acronym: 'X' },
        'organisation { id }',
        caller,
      );
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    const refused = await mutations.payload(
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
    const first = await mutations.mutate(
      'createEuWorkingGroup',
      input,
      'workingGroup { id version }',
      euEditor,
      'efus-wg-youth',
    );
    const retry = await mutations.mutate(
      'createEuWorkingGroup',
      input,
      'workingGroup { id version }',
      euEditor,
      'efus-wg-youth',
    );
    expect(retry.data).toEqual(first.data);
    const created = first.data?.createEuWorkingGroup?.workingGroup as Written;

    await mutations.payload(
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
