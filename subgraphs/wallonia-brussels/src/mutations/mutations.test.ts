import { walloniaBrusselsTables } from '@cohesion/db';
import { type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { and, eq } from 'drizzle-orm';
import { createSubgraphContext } from '../context';
import { createSubgraph } from '../subgraph';

function identity(
  jurisdictions: string[],
  subject: string,
  scopes = ['regional:read', 'regional:write'],
): Identity {
  return { subject, scopes: new Set(scopes), jurisdictions, organisation: subject.toUpperCase() };
}

const walloonCoordinator = identity(['BE-WAL'], 'spw');
const brusselsCoordinator = identity(['BE-BRU'], 'bpv');
const flemishCoordinator = identity(['BE-VLG'], 'vvsg');

type UserError = { code: string; field: string; message: string; currentVersion: number | null };
const USER_ERRORS = 'userErrors { code field message currentVersion }';

describe('wallonia-brussels mutations', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      schemas: ['wallonia_brussels'],
      createSubgraph,
      createContext: createSubgraphContext,
    });
  });
  afterAll(() => subgraph.stop());

  async function payload<Payload>(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller: Identity | null,
  ): Promise<Payload> {
    const inputType = field.startsWith('archive')
      ? 'ArchiveRecordInput'
      : `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
    const result = await subgraph.execute<Record<string, Payload>>(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`,
      { input },
      { identity: caller },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.[field] as Payload;
  }

  async function auditRows(recordType: string, recordId: string) {
    const { auditLog } = walloniaBrusselsTables;
    return subgraph.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, recordType), eq(auditLog.recordId, recordId)))
      .orderBy(auditLog.id);
  }

  type Organisation = {
    id: string;
    version: number;
    name: string;
    regions: string[];
    archived: { reason: string } | null;
  };
  const ORGANISATION = `organisation { id version name regions archived { reason } } ${USER_ERRORS}`;

  async function createWalloonOrganisation(name: string) {
    const created = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
      'createWalloniaBrusselsOrganisation',
      {
        names: { fr: name },
        type: 'NGO',
        level: 'REGIONAL',
        regions: ['WALLONIA'],
        description: { fr: 'Prévention locale.' },
      },
      ORGANISATION,
      walloonCoordinator,
    );
    expect(created.userErrors).toEqual([]);
    return created.organisation;
  }

  it('creates a Walloon organisation, updates it with the version read and audits both writes', async () => {
    const organisation = await createWalloonOrganisation('ASBL Liens');
    expect(organisation).toMatchObject({
      version: 1,
      name: 'ASBL Liens',
      regions: ['WALLONIA'],
      archived: null,
    });
    const updated = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
      'updateWalloniaBrusselsOrganisation',
      { id: organisation.id, expectedVersion: 1, names: { fr: 'ASBL Liens Citoyens' } },
      ORGANISATION,
      walloonCoordinator,
    );
    expect(updated).toEqual({
      organisation: { ...organisation, version: 2, name: 'ASBL Liens Citoyens' },
      userErrors: [],
    });
    const rows = await auditRows('WalloniaBrusselsOrganisation', organisation.id);
    expect(rows.map((row) => [row.operation, row.actorSub])).toEqual([
      ['createWalloniaBrusselsOrganisation', 'spw'],
      ['updateWalloniaBrusselsOrganisation', 'spw'],
    ]);
    expect(rows[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: { fr: 'ASBL Liens' }, after: { fr: 'ASBL Liens Citoyens' } },
      ]),
    );
    expect(rows[1]?.territory).toEqual(expect.arrayContaining(['BE-WAL']));
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const organisation = await createWalloonOrganisation('ASBL Passerelle');
    await payload(
      'updateWalloniaBrusselsOrganisation',
      { id: organisation.id, expectedVersion: 1, acronym: 'PAS' },
      USER_ERRORS,
      walloonCoordinator,
    );
    const stale = await payload<{ organisation: null; userErrors: UserError[] }>(
      'updateWalloniaBrusselsOrganisation',
      { id: organisation.id, expectedVersion: 1, acronym: 'LOST' },
      ORGANISATION,
      walloonCoordinator,
    );
    expect(stale).toEqual({
      organisation: null,
      userErrors: [expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })],
    });
    const [row] = await subgraph.database.db
      .select()
      .from(walloniaBrusselsTables.organisations)
      .where(eq(walloniaBrusselsTables.organisations.id, organisation.id));
    expect(row).toMatchObject({ acronym: 'PAS', version: 2 });
  });

  it('lets only the coordinators of the record’s region write it: Brussels and Flanders are FORBIDDEN on a Walloon record', async () => {
    const organisation = await createWalloonOrganisation('ASBL Horizon');
    for (const caller of [brusselsCoordinator, flemishCoordinator]) {
      const refused = await payload<{ organisation: null; userErrors: UserError[] }>(
        'updateWalloniaBrusselsOrganisation',
        { id: organisation.id, expectedVersion: 1, acronym: 'NO' },
        ORGANISATION,
        caller,
      );
      expect(refused.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    }
    // CAPREV works for the Fédération Wallonie-Bruxelles: both regions' coordinators may keep it current.
    const [caprev] = await subgraph.database.db
      .select()
      .from(walloniaBrusselsTables.organisations)
      .where(eq(walloniaBrusselsTables.organisations.id, 'caprev'));
    const byBrussels = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
      'updateWalloniaBrusselsOrganisation',
      { id: 'caprev', expectedVersion: caprev?.version, website: 'https://www.caprev.cfwb.be' },
      ORGANISATION,
      brusselsCoordinator,
    );
    expect(byBrussels.userErrors).toEqual([]);
    expect(await auditRows('WalloniaBrusselsOrganisation', organisation.id)).toHaveLength(1);
  });

  it('archives with a reason (required), leaving the default list', async () => {
    const organisation = await createWalloonOrganisation('ASBL Finie');
    const withoutReason = await payload<{ userErrors: UserError[] }>(
      'archiveWalloniaBrusselsOrganisation',
      { id: organisation.id, expectedVersion: 1, reason: ' ' },
      USER_ERRORS,
      walloonCoordinator,
    );
    expect(withoutReason.userErrors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reason' }),
    ]);
    const archived = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
      'archiveWalloniaBrusselsOrganisation',
      { id: organisation.id, expectedVersion: 1, reason: 'dissolved in 2026' },
      ORGANISATION,
      walloonCoordinator,
    );
    expect(archived.organisation).toMatchObject({ version: 2, archived: { reason: 'dissolved in 2026' } });
    const { data } = await subgraph.execute<{
      walloniaBrussels: { current: { totalCount: number }; all: { totalCount: number } };
    }>(
      `{ walloniaBrussels { current: organisations(filter: { search: "asbl finie" }) { totalCount } all: organisations(filter: { search: "asbl finie", includeArchived: true }) { totalCount } } }`,
    );
    expect(data?.walloniaBrussels).toEqual({ current: { totalCount: 0 }, all: { totalCount: 1 } });
  });

  it('places an event in its venue’s municipality: a Brussels event is written by Brussels, not by Wallonia', async () => {
    const created = await payload<{
      event: { id: string; version: number; venue: { municipality: { nis: string } | null } };
      userErrors: UserError[];
    }>(
      'createWalloniaBrusselsEvent',
      {
        titles: { fr: 'Matinée d’étude' },
        kind: 'STUDY_DAY',
        date: '2027-05-06',
        venueMunicipality: '21004',
        description: { fr: 'Polarisation.' },
      },
      `event { id version venue { municipality { nis } } } ${USER_ERRORS}`,
      brusselsCoordinator,
    );
    expect(created.event).toMatchObject({ version: 1, venue: { municipality: { nis: '21004' } } });
    const refused = await payload<{ userErrors: UserError[] }>(
      'updateWalloniaBrusselsEvent',
      { id: created.event.id, expectedVersion: 1, statusNote: 'postponed' },
      USER_ERRORS,
      walloonCoordinator,
    );
    expect(refused.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    const postponed = await payload<{ event: { version: number; statusNote: string } }>(
      'updateWalloniaBrusselsEvent',
      { id: created.event.id, expectedVersion: 1, statusNote: 'postponed' },
      `event { version statusNote } ${USER_ERRORS}`,
      brusselsCoordinator,
    );
    expect(postponed.event).toEqual({ version: 2, statusNote: 'postponed' });
  });

  it('creates and archives offers, projects and documents', async () => {
    const offer = await payload<{
      offer: { id: string; version: number; languages: string[] };
      userErrors: UserError[];
    }>(
      'createWalloniaBrusselsOffer',
      {
        organisation: 'caprev',
        titles: { fr: 'Formation' },
        kind: 'TRAINING',
        description: { fr: 'Pour les communes.' },
        regions: ['WALLONIA'],
        languages: ['FR'],
      },
      `offer { id version languages } ${USER_ERRORS}`,
      walloonCoordinator,
    );
    expect(offer).toEqual({
      offer: { id: expect.any(String), version: 1, languages: ['FR'] },
      userErrors: [],
    });
    const project = await payload<{ project: { id: string; version: number } }>(
      'createWalloniaBrusselsProject',
      {
        names: { fr: 'Projet Résilience' },
        startsOn: '2026-01-01',
        endsOn: '2027-06-30',
        description: { fr: 'Un projet.' },
      },
      `project { id version } ${USER_ERRORS}`,
      walloonCoordinator,
    );
    const document = await payload<{
      document: { id: string; version: number; date: { from: string } | null };
    }>(
      'createWalloniaBrusselsDocument',
      {
        titles: { fr: 'Plan 2027' },
        type: 'PLAN',
        issuedOn: '2027-01-15',
        description: { fr: 'Le plan.' },
        municipality: '62063',
      },
      `document { id version date { from } } ${USER_ERRORS}`,
      walloonCoordinator,
    );
    expect(document.document).toMatchObject({ version: 1, date: { from: '2027-01-15' } });
    for (const [field, id] of [
      ['archiveWalloniaBrusselsOffer', offer.offer.id],
      ['archiveWalloniaBrusselsProject', project.project.id],
      ['archiveWalloniaBrusselsDocument', document.document.id],
    ] as const) {
      expect(
        await payload(
          field,
          { id, expectedVersion: 1, reason: 'test record' },
          USER_ERRORS,
          walloonCoordinator,
        ),
      ).toEqual({ userErrors: [] });
    }
  });

  it('changes a municipality’s CSIL-R support within its jurisdiction, and BPV’s guidance as Brussels', async () => {
    const [support] = await subgraph.database.db
      .select()
      .from(walloniaBrusselsTables.csilrSupport)
      .where(eq(walloniaBrusselsTables.csilrSupport.hasCell, true))
      .limit(1);
    if (!support) throw new Error('the seed has supported municipalities');
    const changed = await payload<{
      csilrSupport: { version: number; throughSocialCohesionPlan: boolean; coordinationTime: string };
    }>(
      'updateWalloniaCsilrSupport',
      {
        municipality: support.municipalityNis,
        expectedVersion: 1,
        throughSocialCohesionPlan: true,
        coordinationTime: 'FULL_TIME',
      },
      `csilrSupport { version throughSocialCohesionPlan coordinationTime } ${USER_ERRORS}`,
      walloonCoordinator,
    );
    expect(changed.csilrSupport).toEqual({
      version: 2,
      throughSocialCohesionPlan: true,
      coordinationTime: 'FULL_TIME',
    });
    const fromBrussels = await payload<{ userErrors: UserError[] }>(
      'updateWalloniaCsilrSupport',
      { municipality: support.municipalityNis, expectedVersion: 2, coordinationTime: 'HALF_TIME' },
      USER_ERRORS,
      brusselsCoordinator,
    );
    expect(fromBrussels.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);

    const [guidance] = await subgraph.database.db
      .select()
      .from(walloniaBrusselsTables.preventionGuidance)
      .limit(1);
    if (!guidance) throw new Error('the seed has guidance records');
    const unknown = await payload<{ userErrors: UserError[] }>(
      'updateBrusselsPreventionGuidance',
      { municipality: guidance.municipalityNis, expectedVersion: 1, document: 'no-such-document' },
      USER_ERRORS,
      brusselsCoordinator,
    );
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'input.document' }),
    ]);
    const fromWallonia = await payload<{ userErrors: UserError[] }>(
      'updateBrusselsPreventionGuidance',
      { municipality: guidance.municipalityNis, expectedVersion: 1, document: guidance.documentId },
      USER_ERRORS,
      walloonCoordinator,
    );
    expect(fromWallonia.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
  });
});
