import {
  type Database,
  euPartnersTables,
  federalTables,
  flandersTables,
  municipalitiesTables,
  walloniaBrusselsTables,
} from '@cohesion/db';
import { and, asc, count, eq, isNull, lt, ne, notExists } from 'drizzle-orm';

// What the mutation matrix (test/e2e/mutation-matrix.e2e.test.ts) writes for each Mutation field of the supergraph:
// where a record of the field lies (the jurisdictions that cover it and some that do not), and how to build one
// attempt's input, creating or reading the record it changes first. A Mutation field without a fixture here fails
// the matrix, so that no mutation escapes it.

/** What a fixture may use: the database to read a seeded record's current version, and writes as the level's editor. */
export type FixtureContext = {
  db: Database;
  /** Runs a mutation through the gateway as the level's editor (own jurisdictions) and returns its written record. */
  write(
    field: string,
    input: Record<string, unknown>,
    record: string,
  ): Promise<{ id: string; version: number }>;
};

/** One attempt's input and the version the record has once the attempt writes it. */
export type Attempt = { input: Record<string, unknown>; writtenVersion: number };

export type MutationFixture = {
  /** The payload field holding the written record. */
  record: string;
  /** Jurisdiction claims that cover the record (`own`) and claims that do not (`other`). */
  jurisdictions: { own: string[]; other: string[] };
  /** Builds the input of one attempt (a record to update is created or read anew for each attempt). */
  attempt(context: FixtureContext): Promise<Attempt>;
};

const FLANDERS = { own: ['BE-VLG'], other: ['BE-WAL'] };
const WALLONIA = { own: ['BE-WAL'], other: ['BE-VLG'] };
const BRUSSELS = { own: ['BE-BRU'], other: ['BE-VLG'] };
// Federal records belong to BE; a visit and an initiative also to their (Flemish) municipality, so the other is Walloon.
const FEDERAL = { own: ['BE'], other: ['BE-WAL'] };
const EU = { own: ['EU'], other: ['BE-VLG'] };
// Aalst's cell (livcr-41002) is Aalst's; a municipality writing Ghent's record is outside it.
const AALST = { own: ['nis:41002'], other: ['nis:44021'] };
// Cells found, joined and left in Flanders: an editor whose jurisdiction is the Flemish Region covers them.
const FLEMISH_CELLS = { own: ['BE-VLG'], other: ['BE-WAL'] };

const REASON = 'written by the mutation matrix';

/** A create mutation: each attempt creates a new record at version 1. */
function creates(
  record: string,
  jurisdictions: MutationFixture['jurisdictions'],
  input: Record<string, unknown>,
): MutationFixture {
  return { record, jurisdictions, attempt: async () => ({ input, writtenVersion: 1 }) };
}

/** The update and archive mutations of a record type with a create mutation: each attempt creates the record first. */
function createdThen(
  create: string,
  record: string,
  jurisdictions: MutationFixture['jurisdictions'],
  createInput: Record<string, unknown>,
  changes: Record<string, unknown>,
) {
  const attempt =
    (extra: Record<string, unknown>) =>
    async (context: FixtureContext): Promise<Attempt> => {
      const { id, version } = await context.write(create, createInput, record);
      return { input: { id, expectedVersion: version, ...extra }, writtenVersion: version + 1 };
    };
  return {
    [create]: creates(record, jurisdictions, createInput),
    [create.replace(/^(create|record)/, 'update')]: { record, jurisdictions, attempt: attempt(changes) },
    [create.replace(/^(create|record)/, 'archive')]: {
      record,
      jurisdictions,
      attempt: attempt({ reason: REASON }),
    },
  } satisfies Record<string, MutationFixture>;
}

/** The current row of a seeded record the attempt changes, read from the database. */
async function current<Row>(rows: PromiseLike<Row[]>, what: string): Promise<Row> {
  const [row] = await rows;
  if (!row) throw new Error(`the seed has no ${what}`);
  return row;
}

const flanders = flandersTables;
const { livcrCells, livcrCellMemberships, livcrCellMemberRoles, livcrCellStatusPeriods, municipalities } =
  municipalitiesTables;
const AALST_CELL = 'livcr-41002';
const OPTIONAL_SECTORS = ['YOUTH_WORK', 'INTEGRATION_SERVICE', 'SCHOOL', 'MENTAL_HEALTH_CENTRE'];

/** Aalst's cell as it is now: an update names the version read. */
const aalstCell = (db: Database) =>
  current(db.select().from(livcrCells).where(eq(livcrCells.id, AALST_CELL)), AALST_CELL);

/** A change of Aalst's cell: the version read now, and the version the change writes. */
function changesAalst(
  changes: (db: Database) => Promise<Record<string, unknown>> | Record<string, unknown>,
): MutationFixture {
  return {
    record: 'cell',
    jurisdictions: AALST,
    attempt: async ({ db }) => {
      const { version } = await aalstCell(db);
      return {
        input: { id: AALST_CELL, expectedVersion: version, ...(await changes(db)) },
        writtenVersion: version + 1,
      };
    },
  };
}

/** An optional sector Aalst's cell has never had (a cell has one row per sector, so an ended sector stays ended). */
async function newSectorOfAalst(db: Database): Promise<string> {
  const rows = await db
    .select({ sector: livcrCellMemberRoles.sector })
    .from(livcrCellMemberRoles)
    .where(eq(livcrCellMemberRoles.cellId, AALST_CELL));
  const sector = OPTIONAL_SECTORS.find((candidate) => !rows.some((row) => row.sector === candidate));
  if (!sector) throw new Error(`${AALST_CELL} has had every optional sector`);
  return sector;
}

/** A member of a current shared Flemish cell (not its seat) since before 2026, which may leave it. */
function sharedCellMember(db: Database) {
  return current(
    db
      .select({
        id: livcrCells.id,
        version: livcrCells.version,
        member: livcrCellMemberships.municipalityNis,
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
      .limit(1),
    'shared Flemish cell',
  );
}

/** The day after a day written YYYY-MM-DD. */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
const wallonia = walloniaBrusselsTables;

/** Every Mutation field of the supergraph, by name. */
export const MUTATION_FIXTURES: Record<string, MutationFixture> = {
  // --- municipalities (cells:write within the municipality's nis:)
  updateLivcrCell: changesAalst(() => ({ meetingFrequency: 'MONTHLY' })),
  updateLivcrCellCoordinator: changesAalst(() => ({ phone: '+32 53 73 22 11' })),
  recordLivcrCellStatusChange: changesAalst(async (db) => {
    const [latest] = await db
      .select()
      .from(livcrCellStatusPeriods)
      .where(and(eq(livcrCellStatusPeriods.cellId, AALST_CELL), isNull(livcrCellStatusPeriods.validTo)));
    if (!latest) throw new Error(`${AALST_CELL} has no open status period`);
    return {
      status: latest.status === 'ACTIVE' ? 'DORMANT' : 'ACTIVE',
      effectiveDate: dayAfter(latest.validFrom),
    };
  }),
  addLivcrCellMemberRole: changesAalst(async (db) => ({
    sector: await newSectorOfAalst(db),
    since: '2026-04-01',
  })),
  endLivcrCellMemberRole: changesAalst(async (db) => {
    const role = await current(
      db
        .select()
        .from(livcrCellMemberRoles)
        .where(
          and(
            eq(livcrCellMemberRoles.cellId, AALST_CELL),
            eq(livcrCellMemberRoles.mandatory, false),
            isNull(livcrCellMemberRoles.until),
          ),
        )
        .limit(1),
      `current optional sector of ${AALST_CELL}`,
    );
    return { sector: role.sector, lastDay: role.since < '2026-08-31' ? '2026-08-31' : dayAfter(role.since) };
  }),
  foundLivcrCell: {
    record: 'cell',
    jurisdictions: FLEMISH_CELLS,
    attempt: async ({ db }) => {
      const free = await current(
        db
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
          .limit(1),
        'Flemish municipality without a cell',
      );
      return {
        input: {
          municipality: free.nis,
          name: 'LIVC-R matrix',
          foundedOn: '2026-03-01',
          meetingFrequency: 'QUARTERLY',
          functionalEmail: 'livcr@matrix.be.invalid',
          coordinator: {
            name: 'Matrix Coördinator',
            role: 'Preventiecoördinator',
            email: 'coordinator@matrix.be.invalid',
          },
        },
        writtenVersion: 1,
      };
    },
  },
  leaveLivcrCell: {
    record: 'cell',
    jurisdictions: FLEMISH_CELLS,
    attempt: async ({ db }) => {
      const { id, version, member } = await sharedCellMember(db);
      return {
        input: { id, expectedVersion: version, municipality: member, lastDay: '2026-06-30' },
        writtenVersion: version + 1,
      };
    },
  },
  joinLivcrCell: {
    record: 'cell',
    jurisdictions: FLEMISH_CELLS,
    attempt: async (context) => {
      const { id, version, member } = await sharedCellMember(context.db);
      await context.write(
        'leaveLivcrCell',
        { id, expectedVersion: version, municipality: member, lastDay: '2026-06-30' },
        'cell',
      );
      return {
        input: { id, expectedVersion: version + 1, municipality: member, since: '2026-09-01' },
        writtenVersion: version + 2,
      };
    },
  },

  // --- flanders (regional:write within BE-VLG)
  ...createdThen(
    'createFlemishOrganisation',
    'organisation',
    FLANDERS,
    { names: { nl: 'Vzw Matrix' }, type: 'NGO' },
    { acronym: 'MTX' },
  ),
  ...createdThen(
    'createFlemishOffer',
    'offer',
    FLANDERS,
    { organisation: 'vvsg', titles: { nl: 'Vorming matrix' }, kind: 'TRAINING' },
    { free: true },
  ),
  ...createdThen(
    'createFlemishEvent',
    'event',
    FLANDERS,
    { titles: { nl: 'Studiedag matrix' }, kind: 'STUDY_DAY', online: true },
    { date: '2027-03-11' },
  ),
  ...createdThen(
    'createFlemishProject',
    'project',
    FLANDERS,
    { names: { nl: 'Project matrix' }, periodStart: '2026-01-01' },
    { funding: 'Vlaamse overheid' },
  ),
  ...createdThen(
    'createFlemishDocument',
    'document',
    FLANDERS,
    { titles: { nl: 'Actieplan matrix' }, type: 'PLAN' },
    { reference: 'MTX-1' },
  ),
  updateFlemishNetwork: {
    record: 'workingGroup',
    jurisdictions: FLANDERS,
    attempt: async ({ db }) => {
      const { networks } = flanders;
      const group = await current(
        db
          .select()
          .from(networks)
          .where(and(eq(networks.networkKind, 'WORKING_GROUP'), isNull(networks.archivedOn)))
          .limit(1),
        'working group',
      );
      return {
        input: { id: group.id, expectedVersion: group.version, timesPerYear: 5 },
        writtenVersion: group.version + 1,
      };
    },
  },
  archiveFlemishNetwork: {
    record: 'intervisionCircle',
    jurisdictions: FLANDERS,
    attempt: async ({ db }) => {
      const { networks } = flanders;
      const circle = await current(
        db
          .select()
          .from(networks)
          .where(and(eq(networks.networkKind, 'INTERVISION_CIRCLE'), isNull(networks.archivedOn)))
          .limit(1),
        'intervision circle',
      );
      return {
        input: { id: circle.id, expectedVersion: circle.version, reason: REASON },
        writtenVersion: circle.version + 1,
      };
    },
  },
  scheduleFlemishMeeting: {
    record: 'meeting',
    jurisdictions: FLANDERS,
    attempt: async ({ db }) => {
      const { networks } = flanders;
      const group = await current(
        db
          .select()
          .from(networks)
          .where(and(eq(networks.networkKind, 'WORKING_GROUP'), isNull(networks.archivedOn)))
          .limit(1),
        'working group',
      );
      return { input: { network: group.id, date: '2027-06-01', mode: 'ONLINE' }, writtenVersion: 1 };
    },
  },
  ...(() => {
    const start = { track: 'START_UP', municipalities: ['41002'], startedOn: '2026-03-01' };
    return {
      startFlemishCoachingTrajectory: creates('coachingTrajectory', FLANDERS, start),
      endFlemishCoachingTrajectory: {
        record: 'coachingTrajectory',
        jurisdictions: FLANDERS,
        attempt: async (context: FixtureContext) => {
          const { id, version } = await context.write(
            'startFlemishCoachingTrajectory',
            start,
            'coachingTrajectory',
          );
          return {
            input: { id, expectedVersion: version, endedOn: '2026-09-30' },
            writtenVersion: version + 1,
          };
        },
      },
    };
  })(),
  recordFlemishEmmascanEvaluation: {
    record: 'emmascanEvaluation',
    jurisdictions: FLANDERS,
    attempt: async ({ db }) => {
      const module = await current(db.select().from(flanders.emmascanModules).limit(1), 'EMMASCAN module');
      return {
        input: {
          municipalities: ['44021'],
          evaluatedOn: '2025-10-01',
          moduleResults: [{ module: module.id, level: 3 }],
        },
        writtenVersion: 1,
      };
    },
  },
  recordFlemishHelpdeskYear: {
    record: 'helpdeskYear',
    jurisdictions: FLANDERS,
    attempt: async ({ db }) => {
      const year = await current(db.select().from(flanders.helpdeskYears).limit(1), 'helpdesk year');
      return {
        input: {
          year: year.year,
          questions: year.questions + 1,
          localGovernments: year.localGovernments,
          expectedVersion: year.version,
        },
        writtenVersion: year.version + 1,
      };
    },
  },

  // --- wallonia-brussels (regional:write within BE-WAL or BE-BRU)
  ...createdThen(
    'createWalloniaBrusselsOrganisation',
    'organisation',
    WALLONIA,
    {
      names: { fr: 'ASBL Matrice' },
      type: 'NGO',
      level: 'REGIONAL',
      regions: ['WALLONIA'],
      description: { fr: 'Essai.' },
    },
    { acronym: 'MTX' },
  ),
  ...createdThen(
    'createWalloniaBrusselsOffer',
    'offer',
    WALLONIA,
    {
      organisation: 'caprev',
      titles: { fr: 'Formation matrice' },
      kind: 'TRAINING',
      description: { fr: 'Pour les communes.' },
      regions: ['WALLONIA'],
    },
    { languages: ['FR'] },
  ),
  ...createdThen(
    'createWalloniaBrusselsEvent',
    'event',
    WALLONIA,
    {
      titles: { fr: 'Matinée matrice' },
      kind: 'STUDY_DAY',
      date: '2027-05-06',
      venueMunicipality: '62063',
      description: { fr: 'Polarisation.' },
    },
    { statusNote: 'postponed' },
  ),
  ...createdThen(
    'createWalloniaBrusselsProject',
    'project',
    WALLONIA,
    { names: { fr: 'Projet matrice' }, description: { fr: 'Un projet.' } },
    { funding: 'FWB' },
  ),
  ...createdThen(
    'createWalloniaBrusselsDocument',
    'document',
    WALLONIA,
    { titles: { fr: 'Plan matrice' }, type: 'PLAN', description: { fr: 'Le plan.' }, municipality: '62063' },
    { reference: 'MTX-1' },
  ),
  updateWalloniaCsilrSupport: {
    record: 'csilrSupport',
    jurisdictions: WALLONIA,
    attempt: async ({ db }) => {
      const { csilrSupport } = wallonia;
      const support = await current(
        db.select().from(csilrSupport).where(eq(csilrSupport.hasCell, true)).limit(1),
        'supported Walloon municipality',
      );
      return {
        input: {
          municipality: support.municipalityNis,
          expectedVersion: support.version,
          coordinationTime: 'HALF_TIME',
        },
        writtenVersion: support.version + 1,
      };
    },
  },
  updateBrusselsPreventionGuidance: {
    record: 'preventionGuidance',
    jurisdictions: BRUSSELS,
    attempt: async ({ db }) => {
      const guidance = await current(
        db.select().from(wallonia.preventionGuidance).limit(1),
        'guidance record',
      );
      const document = await current(
        db
          .select({ id: wallonia.documents.id, version: wallonia.documents.version })
          .from(wallonia.documents)
          .limit(1),
        'document',
      );
      return {
        input: {
          municipality: guidance.municipalityNis,
          expectedVersion: guidance.version,
          document: document.id,
        },
        writtenVersion: guidance.version + 1,
      };
    },
  },

  // --- federal (national:write within BE)
  ...createdThen(
    'createFederalOrganisation',
    'organisation',
    FEDERAL,
    { names: { nl: 'Dienst matrix' }, type: 'GOVERNMENT_DEPARTMENT' },
    { acronym: 'MTX' },
  ),
  ...createdThen(
    'createFederalOffer',
    'offer',
    FEDERAL,
    { organisation: 'mobile-team', titles: { nl: 'Vorming matrix' }, kind: 'TRAINING' },
    { format: 'webinar' },
  ),
  ...createdThen(
    'createFederalEvent',
    'event',
    FEDERAL,
    { titles: { nl: 'Colloquium matrix' }, kind: 'COLLOQUIUM', date: '2027-03-11' },
    { venueCity: 'Brussel' },
  ),
  ...createdThen(
    'createFederalProject',
    'project',
    FEDERAL,
    { titles: { nl: 'Project matrix' }, leadOrganisation: 'mobile-team' },
    { startsOn: '2026-01-01' },
  ),
  ...createdThen(
    'createFederalDocument',
    'document',
    FEDERAL,
    { titles: { nl: 'Omzendbrief matrix' }, type: 'CIRCULAR' },
    { reference: 'GPI MTX' },
  ),
  ...createdThen(
    'recordFederalMobileTeamVisit',
    'mobileTeamVisit',
    FEDERAL,
    { date: '2026-02-03', municipality: '41002', topic: 'OTHER_QUESTION' },
    { topic: 'AWARENESS_TRAINING' },
  ),
  ...createdThen(
    'createFederalLocalInitiative',
    'localInitiative',
    FEDERAL,
    { names: { nl: 'Initiatief matrix' }, municipality: '41002' },
    { nameIsDescriptive: true },
  ),
  recordFederalCoverageObservation: creates('coverageObservation', FEDERAL, {
    date: '2026-06-30',
    region: 'BELGIUM',
    cellTerm: 'LIVC-R',
    cells: 300,
    observation: 'written by the mutation matrix',
  }),
  updateFederalCoverageObservation: {
    record: 'coverageObservation',
    jurisdictions: FEDERAL,
    attempt: async ({ db }) => {
      const observation = await current(
        db.select().from(federalTables.coverageObservations).limit(1),
        'coverage observation',
      );
      return {
        input: { id: observation.id, expectedVersion: observation.version, note: REASON },
        writtenVersion: observation.version + 1,
      };
    },
  },

  // --- eu-partners (eu:write within EU)
  ...createdThen(
    'createEuOrganisation',
    'organisation',
    EU,
    {
      names: { en: 'Matrix network' },
      type: 'EU_NETWORK',
      level: 'EUROPEAN_NETWORK',
      description: { en: 'A network.' },
    },
    { acronym: 'MTX' },
  ),
  ...createdThen(
    'createEuEvent',
    'event',
    EU,
    {
      titles: { en: 'Matrix briefing' },
      kind: 'LUNCH_BRIEFING',
      date: '2027-02-10',
      online: true,
      description: { en: 'A briefing.' },
    },
    { startTime: '12:00' },
  ),
  ...createdThen(
    'createEuProject',
    'project',
    EU,
    { name: 'Matrix project', description: { en: 'A project.' } },
    { acronym: 'MTX' },
  ),
  ...createdThen(
    'createEuDocument',
    'document',
    EU,
    {
      titles: { en: 'Matrix guide' },
      type: 'GUIDE',
      issuingAuthority: 'Efus',
      description: { en: 'A guide.' },
    },
    { reference: 'MTX-1' },
  ),
  ...createdThen(
    'createEuWorkingGroup',
    'workingGroup',
    EU,
    {
      organisation: 'ran',
      names: { en: 'Matrix group' },
      kind: 'WORKING_GROUP',
      description: { en: 'A group.' },
    },
    { meetingRhythm: 'twice a year' },
  ),
};

const AUDIT_LOGS = [
  municipalitiesTables.auditLog,
  federalTables.auditLog,
  flandersTables.auditLog,
  walloniaBrusselsTables.auditLog,
  euPartnersTables.auditLog,
];

/**
 * The number of write rows in every level's audit log. Every write appends its audit rows in its own transaction
 * (kit's mutation runner), so an unchanged count proves that nothing was written.
 */
export async function countWrites(db: Database): Promise<number> {
  const counts = await Promise.all(
    AUDIT_LOGS.map((auditLog) =>
      db.select({ rows: count() }).from(auditLog).where(eq(auditLog.kind, 'WRITE')),
    ),
  );
  return counts.reduce((sum, [row]) => sum + (row?.rows ?? 0), 0);
}
