import { flandersTables } from '@cohesion/db';
import { seedFlanders } from '@cohesion/db/seed';
import { type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { and, eq } from 'drizzle-orm';
import { createSubgraphContext } from '../context';
import { createSubgraph } from '../subgraph';

function identity(scopes: string[], jurisdictions: string[], subject = 'coordinator-vvsg'): Identity {
  return { subject, scopes: new Set(scopes), jurisdictions, organisation: 'VVSG' };
}

const flemishCoordinator = identity(['regional:read', 'regional:write'], ['BE-VLG']);
const walloonCoordinator = identity(['regional:read', 'regional:write'], ['BE-WAL'], 'coordinator-spw');
const flemishReader = identity(['regional:read'], ['BE-VLG'], 'analyst-vvsg');

type UserError = { code: string; field: string; message: string; currentVersion: number | null };
type Organisation = {
  id: string;
  version: number;
  name: string;
  acronym: string | null;
  archived: { archivedOn: string; reason: string } | null;
};

const ORGANISATION_FIELDS = 'id version name acronym archived { archivedOn reason }';
const USER_ERRORS = 'userErrors { code field message currentVersion }';

describe('flanders mutations', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      schemas: ['flanders'],
      createSubgraph,
      createContext: createSubgraphContext,
    });
  });
  afterAll(() => subgraph.stop());

  async function mutate<Payload>(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller: Identity | null = flemishCoordinator,
  ) {
    const result = await subgraph.execute<Record<string, Payload>>(
      `mutation ($input: ${inputType(field)}!) { ${field}(input: $input) { ${selection} } }`,
      { input },
      { identity: caller },
    );
    return result;
  }

  function inputType(field: string): string {
    if (field.startsWith('archive')) return 'ArchiveRecordInput';
    return `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  }

  async function payload<Payload>(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    caller?: Identity | null,
  ): Promise<Payload> {
    const result = await mutate<Payload>(field, input, selection, caller);
    expect(result.errors).toBeUndefined();
    return result.data?.[field] as Payload;
  }

  async function auditRows(recordType: string, recordId: string) {
    const { auditLog } = flandersTables;
    return subgraph.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, recordType), eq(auditLog.recordId, recordId)))
      .orderBy(auditLog.id);
  }

  async function createOrganisation(name: string) {
    const created = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
      'createFlemishOrganisation',
      { names: { nl: name }, type: 'NGO', acronym: 'TST', website: 'https://example.org' },
      `organisation { ${ORGANISATION_FIELDS} } ${USER_ERRORS}`,
    );
    expect(created.userErrors).toEqual([]);
    return created.organisation;
  }

  describe('organisations', () => {
    it('creates an organisation at version 1, findable in the list, with an audit row of its values', async () => {
      const organisation = await createOrganisation('Vzw Samen Sterk');
      expect(organisation).toMatchObject({
        version: 1,
        name: 'Vzw Samen Sterk',
        acronym: 'TST',
        archived: null,
      });

      const listed = await subgraph.execute<{
        flanders: { organisations: { nodes: Array<{ id: string }> } };
      }>(`{ flanders { organisations(filter: { search: "samen sterk" }) { nodes { id } } } }`);
      expect(listed.data?.flanders.organisations.nodes).toEqual([{ id: organisation.id }]);

      const [audit] = await auditRows('FlemishOrganisation', organisation.id);
      expect(audit).toMatchObject({
        kind: 'WRITE',
        operation: 'createFlemishOrganisation',
        actorSub: 'coordinator-vvsg',
        actorOrg: 'VVSG',
      });
      expect(audit?.changes).toEqual(
        expect.arrayContaining([{ field: 'name', before: null, after: { nl: 'Vzw Samen Sterk' } }]),
      );
      expect(audit?.territory).toEqual(expect.arrayContaining(['BE-VLG']));
    });

    it('updates with the version read, raises the version and audits each changed field before and after', async () => {
      const organisation = await createOrganisation('Vzw Bruggen');
      const updated = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
        'updateFlemishOrganisation',
        { id: organisation.id, expectedVersion: 1, names: { nl: 'Vzw Bruggen Bouwen' } },
        `organisation { ${ORGANISATION_FIELDS} } ${USER_ERRORS}`,
      );
      expect(updated).toEqual({
        organisation: { ...organisation, version: 2, name: 'Vzw Bruggen Bouwen' },
        userErrors: [],
      });

      const rows = await auditRows('FlemishOrganisation', organisation.id);
      expect(rows.map((row) => row.operation)).toEqual([
        'createFlemishOrganisation',
        'updateFlemishOrganisation',
      ]);
      expect(rows[1]?.changes).toEqual(
        expect.arrayContaining([
          { field: 'name', before: { nl: 'Vzw Bruggen' }, after: { nl: 'Vzw Bruggen Bouwen' } },
          { field: 'version', before: 1, after: 2 },
        ]),
      );
    });

    it('refuses a stale version with CONFLICT and the current version, and writes nothing', async () => {
      const organisation = await createOrganisation('Vzw Dialoog');
      await payload(
        'updateFlemishOrganisation',
        { id: organisation.id, expectedVersion: 1, acronym: 'DIA' },
        USER_ERRORS,
      );
      const stale = await payload<{ organisation: Organisation | null; userErrors: UserError[] }>(
        'updateFlemishOrganisation',
        { id: organisation.id, expectedVersion: 1, acronym: 'LOST' },
        `organisation { id } ${USER_ERRORS}`,
      );
      expect(stale.organisation).toBeNull();
      expect(stale.userErrors).toEqual([
        {
          code: 'CONFLICT',
          field: 'input.expectedVersion',
          message: expect.stringContaining('version 2'),
          currentVersion: 2,
        },
      ]);
      const [row] = await subgraph.database.db
        .select()
        .from(flandersTables.organisations)
        .where(eq(flandersTables.organisations.id, organisation.id));
      expect(row).toMatchObject({ acronym: 'DIA', version: 2 });
      expect(await auditRows('FlemishOrganisation', organisation.id)).toHaveLength(2);
    });

    it('refuses a coordinator of another region with FORBIDDEN and writes nothing', async () => {
      const organisation = await createOrganisation('Vzw Grens');
      const refused = await payload<{ organisation: Organisation | null; userErrors: UserError[] }>(
        'updateFlemishOrganisation',
        { id: organisation.id, expectedVersion: 1, acronym: 'WAL' },
        `organisation { id } ${USER_ERRORS}`,
        walloonCoordinator,
      );
      expect(refused).toEqual({
        organisation: null,
        userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: 'input.id' })],
      });
      const created = await payload<{ organisation: Organisation | null; userErrors: UserError[] }>(
        'createFlemishOrganisation',
        { names: { nl: 'Vzw van elders' }, type: 'NGO' },
        `organisation { id } ${USER_ERRORS}`,
        walloonCoordinator,
      );
      expect(created.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
      expect(await auditRows('FlemishOrganisation', organisation.id)).toHaveLength(1);
      const [row] = await subgraph.database.db
        .select()
        .from(flandersTables.organisations)
        .where(eq(flandersTables.organisations.id, organisation.id));
      expect(row).toMatchObject({ acronym: 'TST', version: 1 });
    });

    it('refuses a caller without regional:write before resolving, and an anonymous caller', async () => {
      for (const caller of [flemishReader, null]) {
        const result = await mutate(
          'createFlemishOrganisation',
          { names: { nl: 'Niets' }, type: 'NGO' },
          USER_ERRORS,
          caller,
        );
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
      }
      const [row] = await subgraph.database.db
        .select()
        .from(flandersTables.organisations)
        .where(eq(flandersTables.organisations.sortName, 'niets'));
      expect(row).toBeUndefined();
    });

    it('names every invalid field once, with its value, and writes nothing', async () => {
      const invalid = await payload<{ organisation: Organisation | null; userErrors: UserError[] }>(
        'createFlemishOrganisation',
        { names: { nl: '  ' }, type: 'NGO', website: 'vvsg', email: 'no-at-sign' },
        `organisation { id } ${USER_ERRORS}`,
      );
      expect(invalid.organisation).toBeNull();
      expect(invalid.userErrors.map((error) => [error.code, error.field])).toEqual([
        ['BAD_USER_INPUT', 'input.names'],
        ['BAD_USER_INPUT', 'input.website'],
        ['BAD_USER_INPUT', 'input.email'],
      ]);
      expect(invalid.userErrors[1]?.message).toContain('"vvsg"');
    });

    it('archives with a reason: out of the default list, in it with includeArchived, still readable by id', async () => {
      const organisation = await createOrganisation('Vzw Voorbij');
      const withoutReason = await payload<{ organisation: Organisation | null; userErrors: UserError[] }>(
        'archiveFlemishOrganisation',
        { id: organisation.id, expectedVersion: 1 },
        `organisation { id } ${USER_ERRORS}`,
      );
      expect(withoutReason.userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reason' }),
      ]);

      const archived = await payload<{ organisation: Organisation; userErrors: UserError[] }>(
        'archiveFlemishOrganisation',
        { id: organisation.id, expectedVersion: 1, reason: 'merged into VVSG' },
        `organisation { ${ORGANISATION_FIELDS} } ${USER_ERRORS}`,
      );
      expect(archived.userErrors).toEqual([]);
      expect(archived.organisation).toMatchObject({
        version: 2,
        archived: { reason: 'merged into VVSG', archivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      });

      const lists = await subgraph.execute<{
        flanders: {
          current: { nodes: unknown[] };
          all: { nodes: Array<{ id: string }> };
          organisation: { id: string };
        };
      }>(
        `query ($id: ID!) { flanders {
          current: organisations(filter: { search: "voorbij" }) { nodes { id } }
          all: organisations(filter: { search: "voorbij", includeArchived: true }) { nodes { id } }
          organisation(id: $id) { id }
        } }`,
        { id: organisation.id },
      );
      expect(lists.data?.flanders).toEqual({
        current: { nodes: [] },
        all: { nodes: [{ id: organisation.id }] },
        organisation: { id: organisation.id },
      });

      const again = await payload<{ userErrors: UserError[] }>(
        'archiveFlemishOrganisation',
        { id: organisation.id, expectedVersion: 2, reason: 'twice' },
        USER_ERRORS,
      );
      expect(again.userErrors.map((error) => error.code)).toEqual(['BAD_USER_INPUT']);
      const rows = await auditRows('FlemishOrganisation', organisation.id);
      expect(rows[1]?.changes).toEqual(
        expect.arrayContaining([{ field: 'archiveReason', before: null, after: 'merged into VVSG' }]),
      );
    });

    it('answers a retry with the same idempotency key with the first result and writes once', async () => {
      const input = { names: { nl: 'Vzw Eenmaal' }, type: 'NGO', idempotencyKey: 'flanders-test-once' };
      const first = await payload<{ organisation: Organisation }>(
        'createFlemishOrganisation',
        input,
        `organisation { ${ORGANISATION_FIELDS} } ${USER_ERRORS}`,
      );
      const second = await payload<{ organisation: Organisation }>(
        'createFlemishOrganisation',
        input,
        `organisation { ${ORGANISATION_FIELDS} } ${USER_ERRORS}`,
      );
      expect(second.organisation.id).toBe(first.organisation.id);
      const rows = await subgraph.database.db
        .select()
        .from(flandersTables.organisations)
        .where(eq(flandersTables.organisations.sortName, 'vzw eenmaal'));
      expect(rows).toHaveLength(1);
    });
  });

  describe('offers, events, projects and documents', () => {
    it('creates, updates and archives each, with versions', async () => {
      const offer = await payload<{
        offer: { id: string; version: number; organisation: { id: string } };
        userErrors: UserError[];
      }>(
        'createFlemishOffer',
        { organisation: 'vvsg', titles: { nl: 'Vorming polarisatie' }, kind: 'TRAINING', free: true },
        `offer { id version organisation { id } } ${USER_ERRORS}`,
      );
      expect(offer.offer).toMatchObject({ version: 1, organisation: { id: 'vvsg' } });
      const unknownOrganisation = await payload<{ userErrors: UserError[] }>(
        'createFlemishOffer',
        { organisation: 'nope', titles: { nl: 'x' }, kind: 'TRAINING' },
        USER_ERRORS,
      );
      expect(unknownOrganisation.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: 'input.organisation' }),
      ]);

      const event = await payload<{ event: { id: string; version: number; date: string } }>(
        'createFlemishEvent',
        {
          titles: { nl: 'Studiedag' },
          kind: 'STUDY_DAY',
          date: '2027-03-04',
          online: false,
          startTime: '09:00',
          endTime: '16:00',
        },
        `event { id version date } ${USER_ERRORS}`,
      );
      const moved = await payload<{ event: { version: number; date: string } }>(
        'updateFlemishEvent',
        { id: event.event.id, expectedVersion: 1, date: '2027-03-11' },
        `event { version date } ${USER_ERRORS}`,
      );
      expect(moved.event).toEqual({ version: 2, date: '2027-03-11' });
      const badTimes = await payload<{ userErrors: UserError[] }>(
        'updateFlemishEvent',
        { id: event.event.id, expectedVersion: 2, startTime: '16:00', endTime: '9h' },
        USER_ERRORS,
      );
      expect(badTimes.userErrors.map((error) => error.field)).toEqual(['input.endTime']);

      const project = await payload<{ project: { id: string; version: number } }>(
        'createFlemishProject',
        {
          names: { nl: 'Project Veerkracht' },
          periodStart: '2026-01-01',
          periodEnd: '2027-12-31',
          leadOrganisation: 'vvsg',
        },
        `project { id version } ${USER_ERRORS}`,
      );
      const reversed = await payload<{ userErrors: UserError[] }>(
        'updateFlemishProject',
        { id: project.project.id, expectedVersion: 1, periodEnd: '2025-01-01' },
        USER_ERRORS,
      );
      expect(reversed.userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' }),
      ]);

      const document = await payload<{ document: { id: string; version: number } }>(
        'createFlemishDocument',
        { titles: { nl: 'Actieplan 2027' }, type: 'PLAN', date: '2027-01-15' },
        `document { id version } ${USER_ERRORS}`,
      );
      for (const [field, id] of [
        ['archiveFlemishOffer', offer.offer.id],
        ['archiveFlemishEvent', event.event.id],
        ['archiveFlemishProject', project.project.id],
        ['archiveFlemishDocument', document.document.id],
      ] as const) {
        const version = field === 'archiveFlemishEvent' ? 2 : 1;
        const archived = await payload<{ userErrors: UserError[] }>(
          field,
          { id, expectedVersion: version, reason: 'test record' },
          USER_ERRORS,
        );
        expect(archived.userErrors).toEqual([]);
      }
      const lists = await subgraph.execute<{
        flanders: { offers: { nodes: unknown[] }; documents: { nodes: unknown[] } };
      }>(
        `{ flanders { offers(filter: { search: "vorming polarisatie" }) { nodes { id } } documents(filter: { search: "actieplan 2027" }) { nodes { id } } } }`,
      );
      expect(lists.data?.flanders).toEqual({ offers: { nodes: [] }, documents: { nodes: [] } });
    });
  });

  describe('seeding again', () => {
    it('keeps an edited seeded record and the records, links and meetings editors created', async () => {
      const { data: read } = await subgraph.execute<{ flanders: { organisation: { version: number } } }>(`{ flanders { organisation(id: "vvsg") { version } } }`);
      const edited = await payload<{ organisation: Organisation }>(
        'updateFlemishOrganisation',
        { id: 'vvsg', expectedVersion: read?.flanders.organisation.version, acronym: 'VVSG-EDIT' },
        `organisation { ${ORGANISATION_FIELDS} } ${USER_ERRORS}`,
      );
      const created = await createOrganisation('Vzw Blijvend');
      const trajectory = await payload<{ coachingTrajectory: { id: string } }>(
        'startFlemishCoachingTrajectory',
        { track: 'OPTIMISE', municipalities: ['11002'], startedOn: '2026-05-01' },
        `coachingTrajectory { id } ${USER_ERRORS}`,
      );
      const meeting = await payload<{ meeting: { id: string } }>(
        'scheduleFlemishMeeting',
        { network: 'vvsg-werkgroep-radicalisering', date: '2027-06-01', mode: 'ON_SITE' },
        `meeting { id } ${USER_ERRORS}`,
      );

      await seedFlanders(subgraph.database.db, { force: true });

      const { data } = await subgraph.execute<{
        flanders: { vvsg: Organisation; created: Organisation | null; trajectories: { nodes: Array<{ id: string; municipalities: Array<{ nis: string }> }> } };
      }>(
        `query ($created: ID!) { flanders {
          vvsg: organisation(id: "vvsg") { ${ORGANISATION_FIELDS} }
          created: organisation(id: $created) { ${ORGANISATION_FIELDS} }
          trajectories: coachingTrajectories(first: 200, filter: { municipality: "11002" }) { nodes { id municipalities { nis } } }
        } }`,
        { created: created.id },
      );
      expect(data?.flanders.vvsg).toEqual(edited.organisation);
      expect(data?.flanders.created).toEqual(created);
      expect(data?.flanders.trajectories.nodes).toContainEqual({ id: trajectory.coachingTrajectory.id, municipalities: [{ nis: '11002' }] });
      const [stored] = await subgraph.database.db.select().from(flandersTables.networkMeetings).where(eq(flandersTables.networkMeetings.id, meeting.meeting.id));
      expect(stored).toBeDefined();
    });
  });

  describe('networks, meetings, coaching, EMMASCAN and the helpdesk', () => {
    it('schedules a working group meeting that its regional readers see', async () => {
      const { data: read } = await subgraph.execute<{
        flanders: { workingGroups: { nodes: Array<{ id: string; version: number }> } };
      }>(`{ flanders { workingGroups { nodes { id version } } } }`);
      const group = read?.flanders.workingGroups.nodes[0];
      if (!group) throw new Error('the seed has a working group');
      const scheduled = await payload<{
        meeting: { id: string; date: string; mode: string; version: number };
      }>(
        'scheduleFlemishMeeting',
        { network: group.id, date: '2027-02-02', mode: 'ONLINE', agenda: [{ nl: 'Polarisatie online' }] },
        `meeting { id date mode version } ${USER_ERRORS}`,
      );
      expect(scheduled.meeting).toMatchObject({ date: '2027-02-02', mode: 'ONLINE', version: 1 });
      const { data } = await subgraph.execute<{
        flanders: { workingGroups: { nodes: Array<{ id: string; meetings: Array<{ id: string }> }> } };
      }>(`{ flanders { workingGroups { nodes { id meetings { id } } } } }`, {}, { identity: flemishReader });
      expect(
        data?.flanders.workingGroups.nodes.find((node) => node.id === group.id)?.meetings,
      ).toContainEqual({ id: scheduled.meeting.id });

      const renamed = await payload<{
        workingGroup: { version: number; timesPerYear: number } | null;
        userErrors: UserError[];
      }>(
        'updateFlemishNetwork',
        { id: group.id, expectedVersion: group.version, timesPerYear: 6 },
        `workingGroup { version timesPerYear } ${USER_ERRORS}`,
      );
      expect(renamed).toEqual({
        workingGroup: { version: group.version + 1, timesPerYear: 6 },
        userErrors: [],
      });
    });

    it('starts and ends a coaching trajectory as dated changes, within the caller’s jurisdiction', async () => {
      const started = await payload<{
        coachingTrajectory: {
          id: string;
          version: number;
          startedOn: string;
          endedOn: string | null;
          shared: boolean;
        };
      }>(
        'startFlemishCoachingTrajectory',
        { track: 'START_UP', municipalities: ['41002', '41011'], startedOn: '2026-03-01' },
        `coachingTrajectory { id version startedOn endedOn shared } ${USER_ERRORS}`,
      );
      expect(started.coachingTrajectory).toMatchObject({
        version: 1,
        startedOn: '2026-03-01',
        endedOn: null,
        shared: true,
      });

      const walloon = await payload<{ userErrors: UserError[] }>(
        'startFlemishCoachingTrajectory',
        { track: 'START_UP', municipalities: ['62063'], startedOn: '2026-03-01' },
        USER_ERRORS,
      );
      expect(walloon.userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.municipalities.0' }),
      ]);
      const otherProvince = await payload<{ userErrors: UserError[] }>(
        'startFlemishCoachingTrajectory',
        { track: 'START_UP', municipalities: ['11002'], startedOn: '2026-03-01' },
        USER_ERRORS,
        identity(['regional:write'], ['prov:40000'], 'coordinator-east-flanders'),
      );
      expect(otherProvince.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);

      const early = await payload<{ userErrors: UserError[] }>(
        'endFlemishCoachingTrajectory',
        { id: started.coachingTrajectory.id, expectedVersion: 1, endedOn: '2026-02-01' },
        USER_ERRORS,
      );
      expect(early.userErrors).toEqual([
        expect.objectContaining({ field: 'input.endedOn', message: expect.stringContaining('2026-03-01') }),
      ]);
      const ended = await payload<{
        coachingTrajectory: { version: number; startedOn: string; endedOn: string };
      }>(
        'endFlemishCoachingTrajectory',
        { id: started.coachingTrajectory.id, expectedVersion: 1, endedOn: '2026-12-31' },
        `coachingTrajectory { version startedOn endedOn } ${USER_ERRORS}`,
      );
      expect(ended.coachingTrajectory).toEqual({
        version: 2,
        startedOn: '2026-03-01',
        endedOn: '2026-12-31',
      });
      const [audit] = (await auditRows('FlemishCoachingTrajectory', started.coachingTrajectory.id)).slice(-1);
      expect(audit).toMatchObject({
        effectiveDate: '2026-12-31',
        changes: expect.arrayContaining([{ field: 'endedOn', before: null, after: '2026-12-31' }]),
      });
    });

    it('records an EMMASCAN evaluation with its module levels', async () => {
      const { data } = await subgraph.execute<{ flanders: { emmascanModules: Array<{ id: string }> } }>(
        `{ flanders { emmascanModules { id } } }`,
      );
      const [first, second] = data?.flanders.emmascanModules ?? [];
      const recorded = await payload<{
        emmascanEvaluation: { id: string; version: number; municipalities: Array<{ nis: string }> };
        userErrors: UserError[];
      }>(
        'recordFlemishEmmascanEvaluation',
        {
          municipalities: ['44021'],
          evaluatedOn: '2025-10-01',
          moduleResults: [
            { module: first?.id, level: 2 },
            { module: second?.id, level: 5 },
          ],
        },
        `emmascanEvaluation { id version municipalities { nis } } ${USER_ERRORS}`,
      );
      expect(recorded.userErrors).toEqual([
        expect.objectContaining({ field: 'input.moduleResults.1.level' }),
      ]);
      const valid = await payload<{
        emmascanEvaluation: { id: string; version: number; municipalities: Array<{ nis: string }> };
        userErrors: UserError[];
      }>(
        'recordFlemishEmmascanEvaluation',
        {
          municipalities: ['44021'],
          evaluatedOn: '2025-10-01',
          moduleResults: [
            { module: first?.id, level: 2 },
            { module: second?.id, level: 4 },
          ],
        },
        `emmascanEvaluation { id version municipalities { nis } } ${USER_ERRORS}`,
      );
      expect(valid).toMatchObject({
        emmascanEvaluation: { version: 1, municipalities: [{ nis: '44021' }] },
        userErrors: [],
      });
    });

    it('records a helpdesk year once, and corrects it with the version read', async () => {
      const recorded = await payload<{ helpdeskYear: { year: number; questions: number; version: number } }>(
        'recordFlemishHelpdeskYear',
        { year: 2016, questions: 120, localGovernments: 40 },
        `helpdeskYear { year questions version } ${USER_ERRORS}`,
      );
      expect(recorded.helpdeskYear).toEqual({ year: 2016, questions: 120, version: 1 });
      const twice = await payload<{ userErrors: UserError[] }>(
        'recordFlemishHelpdeskYear',
        { year: 2016, questions: 121, localGovernments: 40 },
        USER_ERRORS,
      );
      expect(twice.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 1 })]);
      const corrected = await payload<{ helpdeskYear: { questions: number; version: number } }>(
        'recordFlemishHelpdeskYear',
        { year: 2016, questions: 121, localGovernments: 40, expectedVersion: 1 },
        `helpdeskYear { questions version } ${USER_ERRORS}`,
      );
      expect(corrected.helpdeskYear).toEqual({ questions: 121, version: 2 });
    });
  });
});
