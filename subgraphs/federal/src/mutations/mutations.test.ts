import { federalTables } from '@cohesion/db';
import { seedFederal } from '@cohesion/db/seed';
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

function identity(scopes: string[], jurisdictions: string[], subject = 'editor-fod'): Identity {
  return { subject, scopes: new Set(scopes), jurisdictions, organisation: 'FOD Binnenlandse Zaken' };
}

const federalEditor = identity(['national:read', 'national:write', 'cells:read'], ['BE']);
const federalReader = identity(['national:read', 'cells:read'], ['BE'], 'analyst-fod');
// A token with the scope but a regional jurisdiction: the subgraph's jurisdiction rule refuses it.
const regionalWithScope = identity(['national:write'], ['BE-VLG'], 'coordinator-vvsg');

type Written = { id: string; version: number; archived: { archivedOn: string; reason: string } | null };

describe('federal mutations', () => {
  let subgraph: TestSubgraph;
  let mutations: MutationTester;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      schemas: ['federal'],
      createSubgraph,
      createContext: createSubgraphContext,
    });
    mutations = createMutationTester(subgraph, { auditLog: federalTables.auditLog, caller: federalEditor });
  });
  afterAll(() => subgraph.stop());

  const RECURRING = [
    {
      type: 'FederalOrganisation',
      key: 'organisation',
      create: {
        names: { nl: 'Directie Lokale Integrale Veiligheid' },
        type: 'GOVERNMENT_DEPARTMENT',
        parent: 'dg-security-prevention',
      },
      update: { acronym: 'DLIV' },
    },
    {
      type: 'FederalOffer',
      key: 'offer',
      create: {
        organisation: 'mobile-team',
        titles: { nl: 'Vorming deradicalisering' },
        kind: 'TRAINING',
        languages: ['NL', 'FR'],
      },
      update: { format: 'webinar' },
    },
    {
      type: 'FederalEvent',
      key: 'event',
      create: {
        titles: { fr: 'Colloque prévention 2027' },
        kind: 'COLLOQUIUM',
        date: '2027-03-11',
        startTime: '09:30',
        endTime: '16:00',
      },
      update: { venueCity: 'Brussel' },
    },
    {
      type: 'FederalProject',
      key: 'project',
      create: {
        titles: { en: 'Local resilience network' },
        leadOrganisation: 'dg-security-prevention',
        startsOn: '2026-01-01',
      },
      update: { endsOn: '2027-12-31' },
    },
    {
      type: 'FederalDocument',
      key: 'document',
      create: {
        titles: { nl: 'Omzendbrief GPI 99' },
        type: 'CIRCULAR',
        date: '2026-09-01',
        reference: 'GPI 99',
      },
      update: { issuingAuthority: 'Minister van Binnenlandse Zaken' },
    },
  ] as const;

  it.each(RECURRING)(
    'creates, updates and archives a $type at versions 1, 2, 3, each write audited',
    async ({ type, key, create, update }) => {
      const { id, created, updated, archived, audit } = await mutations.lifecycle({
        type,
        key,
        create,
        changes: update,
        reason: 'replaced by a newer record',
      });
      expect([created, updated, archived]).toEqual([
        { [key]: { id, version: 1, archived: null }, userErrors: [] },
        { [key]: { id, version: 2, archived: null }, userErrors: [] },
        { [key]: { id, version: 3, archived: { reason: 'replaced by a newer record' } }, userErrors: [] },
      ]);
      expect(audit.map((row) => [row.operation, row.actorSub, row.territory])).toEqual([
        [`create${type}`, 'editor-fod', ['BE']],
        [`update${type}`, 'editor-fod', ['BE']],
        [`archive${type}`, 'editor-fod', ['BE']],
      ]);
    },
  );

  it('names each invalid field with its value and what is accepted, and writes nothing', async () => {
    const before = await subgraph.database.db.select().from(federalTables.events);
    const invalid = await mutations.payload(
      'createFederalEvent',
      { titles: { nl: ' ' }, kind: 'COLLOQUIUM', date: '2027-03-11', startTime: '16:00', endTime: '9h' },
      'event { id }',
    );
    expect(invalid.event).toBeNull();
    expect(invalid.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['BAD_USER_INPUT', 'input.titles'],
      ['BAD_USER_INPUT', 'input.endTime'],
    ]);
    expect(invalid.userErrors[1]?.message).toBe(
      'Invalid endTime "9h": expected a time of day written HH:MM, e.g. 09:30.',
    );
    expect(await subgraph.database.db.select().from(federalTables.events)).toHaveLength(before.length);
  });

  it('refuses an offer of an organisation that does not exist with NOT_FOUND', async () => {
    const refused = await mutations.payload(
      'createFederalOffer',
      { organisation: 'no-such-body', titles: { nl: 'x y z' }, kind: 'TRAINING' },
      'offer { id }',
    );
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'input.organisation' }),
    ]);
  });

  it('refuses a caller without national:write (a read-only federal token) and an anonymous one before resolving', async () => {
    for (const caller of [federalReader, null]) {
      const result = await mutations.mutate(
        'createFederalDocument',
        { titles: { nl: 'Niet toegelaten' }, type: 'CIRCULAR' },
        'document { id }',
        caller,
      );
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    const rows = await subgraph.database.db
      .select()
      .from(federalTables.documents)
      .where(eq(federalTables.documents.sortKey, 'niet toegelaten'));
    expect(rows).toEqual([]);
  });

  it('refuses a token with the scope whose jurisdiction does not cover the federal level: FORBIDDEN, nothing written', async () => {
    const refused = await mutations.payload(
      'createFederalOrganisation',
      { names: { nl: 'Regionaal bureau' }, type: 'GOVERNMENT_DEPARTMENT' },
      'organisation { id }',
      regionalWithScope,
    );
    expect(refused.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    const update = await mutations.payload(
      'updateFederalOrganisation',
      { id: 'dg-security-prevention', expectedVersion: 1, acronym: 'X' },
      'organisation { id }',
      regionalWithScope,
    );
    expect(update.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    const [row] = await subgraph.database.db
      .select()
      .from(federalTables.organisations)
      .where(eq(federalTables.organisations.id, 'dg-security-prevention'));
    expect(row?.version).toBe(1);
  });

  it('records a Mobile Team visit to a municipality, listed with its sectors, and refuses a day before the team existed', async () => {
    const recorded = await mutations.payload(
      'recordFederalMobileTeamVisit',
      {
        date: '2026-02-03',
        municipality: '41002',
        topic: 'LIVC_R_SET_UP',
        offer: 'mobile-team-livc-r-oprichting',
        participantSectors: ['POLICE', 'PREVENTION'],
      },
      'mobileTeamVisit { id version date municipality { nis } participantSectors offer { id } }',
    );
    expect(recorded.userErrors).toEqual([]);
    expect(recorded.mobileTeamVisit).toMatchObject({
      version: 1,
      date: '2026-02-03',
      municipality: { nis: '41002' },
      participantSectors: ['POLICE', 'PREVENTION'],
      offer: { id: 'mobile-team-livc-r-oprichting' },
    });
    const visit = recorded.mobileTeamVisit as Written;
    const [audit] = await mutations.auditRows('FederalMobileTeamVisit', visit.id);
    expect(audit?.territory).toEqual(expect.arrayContaining(['BE', 'BE-VLG', 'nis:41002']));

    const early = await mutations.payload(
      'recordFederalMobileTeamVisit',
      { date: '2015-12-01', municipality: '4100', topic: 'OTHER_QUESTION' },
      'mobileTeamVisit { id }',
    );
    expect(early.userErrors.map((error) => [error.field, error.message])).toEqual([
      ['input.date', 'Invalid date "2015-12-01": expected 2016-05-01 or later.'],
      [
        'input.municipality',
        'Invalid municipality "4100": expected a five-digit Statbel NIS code such as "41002".',
      ],
    ]);

    await mutations.payload(
      'archiveFederalMobileTeamVisit',
      { id: visit.id, expectedVersion: 1, reason: 'recorded twice' },
      'mobileTeamVisit { id }',
    );
    const listed = await subgraph.execute<{
      federal: { current: { nodes: unknown[] }; all: { nodes: unknown[] } };
    }>(
      `{ federal { current: mobileTeamVisits(from: "2026-02-03", to: "2026-02-03") { nodes { id } }
                   all: mobileTeamVisits(from: "2026-02-03", to: "2026-02-03", filter: { includeArchived: true }) { nodes { id } } } }`,
    );
    expect(listed.data?.federal).toEqual({ current: { nodes: [] }, all: { nodes: [{ id: visit.id }] } });
  });

  it('adds a local initiative to the guide of its municipality', async () => {
    const created = await mutations.payload(
      'createFederalLocalInitiative',
      { names: { nl: 'Buurtbemiddeling Aalst' }, municipality: '41002', guide: 'no-such-guide' },
      'localInitiative { id }',
    );
    expect(created.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'input.guide' }),
    ]);
    const added = await mutations.payload(
      'createFederalLocalInitiative',
      { names: { nl: 'Buurtbemiddeling Aalst' }, municipality: '41002' },
      'localInitiative { id version municipality { nis } }',
    );
    expect(added.localInitiative).toMatchObject({ version: 1, municipality: { nis: '41002' } });
    const listed = await subgraph.execute<{ federal: { localInitiatives: { nodes: unknown[] } } }>(
      `{ federal { localInitiatives(filter: { search: "buurtbemiddeling aalst" }) { nodes { id } } } }`,
    );
    expect(listed.data?.federal.localInitiatives.nodes).toEqual([
      { id: (added.localInitiative as Written).id },
    ]);
  });

  it('records a coverage observation as a new point of the series, keeping every earlier one, and corrects it by version', async () => {
    const series = async () =>
      (
        await subgraph.execute<{
          federal: { coverageObservations: Array<{ id: string; cells: number | null }> };
        }>(`{ federal { coverageObservations(region: FLANDERS) { id cells } } }`)
      ).data?.federal.coverageObservations ?? [];
    const before = await series();
    const recorded = await mutations.payload(
      'recordFederalCoverageObservation',
      {
        date: '2026-06-30',
        region: 'FLANDERS',
        cellTerm: 'LIVC-R',
        cells: 250,
        municipalitiesCovered: 270,
        total: 285,
        observation: '250 LIVC-R in Flanders',
        sourceUrl: 'https://www.besafe.be',
      },
      'coverageObservation { id version date cells total }',
    );
    expect(recorded.userErrors).toEqual([]);
    const observation = recorded.coverageObservation as Written;
    expect(await series()).toEqual([...before, { id: observation.id, cells: 250 }]);

    const corrected = await mutations.payload(
      'updateFederalCoverageObservation',
      { id: observation.id, expectedVersion: 1, cells: 251 },
      'coverageObservation { version cells }',
    );
    expect(corrected.coverageObservation).toEqual({ version: 2, cells: 251 });
    const invalid = await mutations.payload(
      'updateFederalCoverageObservation',
      { id: observation.id, expectedVersion: 2, municipalitiesCovered: 300, total: 285 },
      'coverageObservation { id }',
    );
    expect(invalid.userErrors.map((error) => error.message)).toEqual([
      'Invalid municipalitiesCovered 300: expected at most the total of 285 municipalities.',
    ]);
    const badTerm = await mutations.payload(
      'recordFederalCoverageObservation',
      { date: '2026-06-30', region: 'BELGIUM', cellTerm: 'CELL', observation: 'x' },
      'coverageObservation { id }',
    );
    expect(badTerm.userErrors.map((error) => error.message)).toEqual([
      'Invalid cellTerm "CELL": expected one of LIVC, LIVC-R, CSIL-R.',
    ]);
  });

  it('answers a retry with the same idempotency key with the first record, written once', async () => {
    const input = { titles: { nl: 'Omzendbrief GPI 100' }, type: 'CIRCULAR' };
    const first = await mutations.mutate(
      'createFederalDocument',
      input,
      'document { id version }',
      federalEditor,
      'fod-doc-100',
    );
    const retry = await mutations.mutate(
      'createFederalDocument',
      input,
      'document { id version }',
      federalEditor,
      'fod-doc-100',
    );
    expect(retry.data).toEqual(first.data);
    const rows = await subgraph.database.db
      .select()
      .from(federalTables.documents)
      .where(eq(federalTables.documents.sortKey, 'omzendbrief gpi 100'));
    expect(rows).toHaveLength(1);
  });

  it('keeps an edited seeded record when the seed runs again', async () => {
    await mutations.payload(
      'updateFederalOrganisation',
      { id: 'mobile-team', expectedVersion: 1, acronym: 'RADIX' },
      'organisation { id }',
    );
    await seedFederal(subgraph.database.db, { force: true });
    const [row] = await subgraph.database.db
      .select()
      .from(federalTables.organisations)
      .where(eq(federalTables.organisations.id, 'mobile-team'));
    expect(row).toMatchObject({ acronym: 'RADIX', version: 2 });
  });
});
