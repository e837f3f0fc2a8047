import { ROLES, signDevelopmentToken } from '@cohesion/kit';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type UserError = { code: string; field: string; message: string; currentVersion: number | null };

/** A signed development token of a catalogue role, as `npm run token -- --role <role>` issues it. */
async function roleToken(role: keyof typeof ROLES, overrides: { jurisdictions?: string[] } = {}): Promise<Record<string, string>> {
  const { scopes, jurisdictions, organisation } = ROLES[role];
  const token = await signDevelopmentToken({ subject: `e2e-${role}`, scopes: [...scopes], jurisdictions: overrides.jurisdictions ?? [...jurisdictions], organisation });
  return { authorization: `Bearer ${token}` };
}

const UPDATE_PLATFORM = `mutation ($input: UpdateFlemishNetworkInput!) {
  updateFlemishNetwork(input: $input) { regionalPlatform { id version timesPerYear } userErrors { code field message currentVersion } }
}`;

describe('regional coordinators keep their records current through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  async function platform() {
    const { body } = await hub.query<{ flanders: { regionalPlatforms: { nodes: Array<{ id: string; version: number; timesPerYear: number | null }> } } }>(
      `{ flanders { regionalPlatforms { nodes { id version timesPerYear } } } }`,
    );
    const first = body.data?.flanders.regionalPlatforms.nodes[0];
    if (!first) throw new Error('the seed has a regional platform');
    return first;
  }

  it('updates a Flemish regional platform with the version read, then refuses the same stale version with CONFLICT', async () => {
    const coordinator = await roleToken('regional-coordinator');
    const before = await platform();
    const first = await hub.query<{ updateFlemishNetwork: { regionalPlatform: { version: number; timesPerYear: number } | null; userErrors: UserError[] } }>(UPDATE_PLATFORM, {
      variables: { input: { id: before.id, expectedVersion: before.version, timesPerYear: 5 } },
      headers: coordinator,
    });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.updateFlemishNetwork).toEqual({ regionalPlatform: { id: before.id, version: before.version + 1, timesPerYear: 5 }, userErrors: [] });

    const stale = await hub.query<{ updateFlemishNetwork: { regionalPlatform: null; userErrors: UserError[] } }>(UPDATE_PLATFORM, {
      variables: { input: { id: before.id, expectedVersion: before.version, timesPerYear: 7 } },
      headers: coordinator,
    });
    expect(stale.body.data?.updateFlemishNetwork).toEqual({
      regionalPlatform: null,
      userErrors: [expect.objectContaining({ code: 'CONFLICT', currentVersion: before.version + 1 })],
    });
    expect(await platform()).toEqual({ id: before.id, version: before.version + 1, timesPerYear: 5 });
  });

  it('refuses a coordinator of another region (FORBIDDEN), a federal reader and an anonymous caller, writing nothing', async () => {
    const before = await platform();
    const input = { id: before.id, expectedVersion: before.version, timesPerYear: 9 };
    const walloon = await hub.query<{ updateFlemishNetwork: { userErrors: UserError[] } }>(UPDATE_PLATFORM, {
      variables: { input },
      headers: await roleToken('regional-coordinator', { jurisdictions: ['BE-WAL'] }),
    });
    expect(walloon.body.data?.updateFlemishNetwork.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    for (const headers of [await roleToken('federal'), {}]) {
      const refused = await hub.query(UPDATE_PLATFORM, { variables: { input }, headers });
      expect(refused.body.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHORIZED_FIELD_OR_TYPE');
      expect(refused.body.data?.updateFlemishNetwork ?? null).toBeNull();
    }
    expect(await platform()).toEqual(before);
  });

  it('archives a Walloon organisation with a reason (a reason is required), for a Walloon coordinator', async () => {
    const walloon = await roleToken('regional-coordinator', { jurisdictions: ['BE-WAL'] });
    const created = await hub.query<{ createWalloniaBrusselsOrganisation: { organisation: { id: string; version: number }; userErrors: UserError[] } }>(
      `mutation ($input: CreateWalloniaBrusselsOrganisationInput!) {
        createWalloniaBrusselsOrganisation(input: $input) { organisation { id version } userErrors { code field message currentVersion } }
      }`,
      { variables: { input: { names: { fr: 'ASBL Essai' }, type: 'NGO', level: 'REGIONAL', regions: ['WALLONIA'], description: { fr: 'Essai.' } } }, headers: walloon },
    );
    const organisation = created.body.data?.createWalloniaBrusselsOrganisation.organisation;
    expect(organisation).toEqual({ id: expect.any(String), version: 1 });
    const ARCHIVE = `mutation ($input: ArchiveRecordInput!) {
      archiveWalloniaBrusselsOrganisation(input: $input) { organisation { id version archived { reason } } userErrors { code field message currentVersion } }
    }`;
    const withoutReason = await hub.query<{ archiveWalloniaBrusselsOrganisation: { userErrors: UserError[] } }>(ARCHIVE, {
      variables: { input: { id: organisation?.id, expectedVersion: 1 } },
      headers: walloon,
    });
    expect(withoutReason.body.data?.archiveWalloniaBrusselsOrganisation.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reason' })]);
    const archived = await hub.query<{ archiveWalloniaBrusselsOrganisation: { organisation: { version: number; archived: { reason: string } } } }>(ARCHIVE, {
      variables: { input: { id: organisation?.id, expectedVersion: 1, reason: 'end-to-end test record' } },
      headers: walloon,
    });
    expect(archived.body.data?.archiveWalloniaBrusselsOrganisation.organisation).toMatchObject({ version: 2, archived: { reason: 'end-to-end test record' } });
  });
});
