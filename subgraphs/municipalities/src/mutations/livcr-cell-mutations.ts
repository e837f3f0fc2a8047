import { type AuditChange, type Database, municipalitiesTables } from '@cohesion/db';
import {
  checkDate,
  checkEmail,
  checkPhone,
  checkNisCodeInput,
  checkSomethingToChange,
  checkText,
  checkVersion,
  collectUserErrors,
  creationChanges,
  invalidValue,
  isCalendarDate,
  pickGiven,
  recordNotFound,
  todayIso,
  writerProvenance,
  writtenThroughApi,
  type JurisdictionTarget,
  type MutationTransaction,
  type UpdateVersionedOptions,
  type UserError,
} from '@cohesion/kit';
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { type LivcrCellRow, type LivcrCellSource, type LivcrMembershipRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { dayBefore, daysAfter } from './dates';
import { runMutation } from './run-mutation';

const {
  livcrCells,
  livcrCellStatusPeriods,
  livcrCellMemberships,
  livcrCellMemberRoles,
  livcrCellMeetingBandChanges,
  municipalities,
} = municipalitiesTables;
const RECORD_TYPE = 'LivcrCell';
/** The sectors the Law of 30 July 2018 makes members of every cell. */
const MANDATORY_SECTORS = new Set(['MAYOR', 'POLICE', 'PREVENTION_COORDINATOR']);
/** No cell predates the first ones set up in 2015; dates later than a year ahead are typing mistakes. */
const EARLIEST = '2015-01-01';

/** The date bounds of a dated change written today. */
function dateBounds() {
  return { notBefore: EARLIEST, notAfter: daysAfter(todayIso(), 366) };
}

/** The cell id of an input: a cell id (`livcr-41002`) or a snapshot id (`livcr-41002@2026-01-01`), or a user error. */
function cellIdOf(id: string): { cellId: string } | { error: UserError } {
  const at = id.indexOf('@');
  if (at < 0) return { cellId: id };
  return isCalendarDate(id.slice(at + 1))
    ? { cellId: id.slice(0, at) }
    : {
        error: invalidValue(
          'id',
          id,
          'expected a cell id such as "livcr-41002", optionally followed by @ and an ISO date',
        ),
      };
}

/** A written cell, described today (the payload's `cell`). */
const describedToday = (row: LivcrCellRow): LivcrCellSource => ({ ...row, referenceDate: todayIso() });

/** What a change to an existing cell says beyond the cell id and version every one of them carries. */
type CellUpdate = {
  mutation: string;
  input: { id: string; expectedVersion: number; idempotencyKey?: string | null };
  /** The input's own checks (the id and expectedVersion are checked here). */
  checks: Array<UserError | null>;
  /** The input field naming the municipality whose editor writes (default: the cell's `id`, its members' editors). */
  idField?: string;
  territory?: UpdateVersionedOptions<LivcrCellRow>['territory'];
  effectiveDate?: string;
  dependents?: (transaction: MutationTransaction) => UpdateVersionedOptions<LivcrCellRow>['dependents'];
  set?: (transaction: MutationTransaction) => UpdateVersionedOptions<LivcrCellRow>['set'];
};

/**
 * A versioned change to one cell, the shape of every cell mutation but its founding: the cell id checked, the
 * expected version checked, the row locked and its territory (by default, its member municipalities) checked before
 * its dependent dated rows and its own columns are written, with one audit row; the payload's cell described today.
 */
function updateCell(context: Parameters<typeof runMutation>[0], update: CellUpdate) {
  const parsed = cellIdOf(update.input.id);
  return runMutation(context, {
    mutation: update.mutation,
    input: update.input,
    userErrors: collectUserErrors(
      'error' in parsed ? parsed.error : null,
      checkVersion('expectedVersion', update.input.expectedVersion),
      ...update.checks,
    ),
    write: async (transaction) => ({
      cell: describedToday(
        await transaction.updateVersioned<LivcrCellRow>({
          table: livcrCells,
          idColumn: livcrCells.id,
          id: 'cellId' in parsed ? parsed.cellId : update.input.id,
          recordType: RECORD_TYPE,
          idField: update.idField,
          expectedVersion: update.input.expectedVersion,
          territory: update.territory ?? ((cell) => cellTerritory(transaction.db, cell)),
          effectiveDate: update.effectiveDate,
          dependents: update.dependents?.(transaction),
          set: update.set?.(transaction) ?? {},
        }),
      ),
    }),
  });
}

/** The memberships of a cell that last on `date`. */
async function membersOn(db: Database, cellId: string, date: string): Promise<LivcrMembershipRow[]> {
  return db
    .select()
    .from(livcrCellMemberships)
    .where(
      and(
        eq(livcrCellMemberships.cellId, cellId),
        lte(livcrCellMemberships.memberSince, date),
        or(isNull(livcrCellMemberships.memberUntil), gte(livcrCellMemberships.memberUntil, date)),
      ),
    );
}

/**
 * Where a cell record belongs for its editors: its member municipalities today (a shared cell: any of them), or, when
 * it has none today (dissolved, or its membership starts later), its seat.
 */
async function cellTerritory(db: Database, cell: LivcrCellRow): Promise<JurisdictionTarget> {
  const members = await membersOn(db, cell.id, todayIso());
  return {
    municipalities: members.length > 0 ? members.map((member) => member.municipalityNis) : [cell.seatNis],
  };
}

/** A user error unless the cell still exists (a dissolved cell's history is closed). */
function requireCurrent(cell: LivcrCellRow, fail: MutationTransaction['fail']): void {
  if (cell.validTo !== null) {
    fail(
      invalidValue(
        'id',
        cell.id,
        `the cell was dissolved on ${daysAfter(cell.validTo, 1)}; found a new cell (foundLivcrCell) instead`,
      ),
    );
  }
}

/** Fails unless the municipality exists (NOT_FOUND on `field`). */
async function requireMunicipality(transaction: MutationTransaction, nis: string, field: string) {
  const [municipality] = await transaction.db
    .select({
      nis: municipalities.nis,
      regionNis: municipalities.regionNis,
      provinceNis: municipalities.provinceNis,
    })
    .from(municipalities)
    .where(eq(municipalities.nis, nis));
  return municipality ?? transaction.fail(recordNotFound(field, 'Municipality', nis));
}

/** Fails when the municipality belongs to any cell on `from` or later: a municipality belongs to one cell at a time. */
async function requireNoCellFrom(
  transaction: MutationTransaction,
  nis: string,
  from: string,
  field: string,
): Promise<void> {
  const [membership] = await transaction.db
    .select()
    .from(livcrCellMemberships)
    .where(
      and(
        eq(livcrCellMemberships.municipalityNis, nis),
        or(isNull(livcrCellMemberships.memberUntil), gte(livcrCellMemberships.memberUntil, from)),
      ),
    )
    .orderBy(asc(livcrCellMemberships.memberSince));
  if (membership) {
    const until = membership.memberUntil === null ? 'with no end date' : `until ${membership.memberUntil}`;
    transaction.fail(
      invalidValue(
        field,
        nis,
        `municipality ${nis} belongs to ${membership.cellId} from ${membership.memberSince} ${until}; it can belong to one cell at a time: leave that cell (leaveLivcrCell) or dissolve it (recordLivcrCellStatusChange) with a last day before ${from}`,
      ),
    );
  }
}

/** The changes of a cell's status from `effectiveDate` on, as dated periods (the past keeps its periods). */
function statusChange(transaction: MutationTransaction, input: { status: string; effectiveDate: string }) {
  return async (cell: LivcrCellRow): Promise<AuditChange[]> => {
    requireCurrent(cell, transaction.fail);
    const periods = await transaction.db
      .select()
      .from(livcrCellStatusPeriods)
      .where(eq(livcrCellStatusPeriods.cellId, cell.id))
      .orderBy(asc(livcrCellStatusPeriods.validFrom));
    const latest = periods.at(-1);
    if (!latest || latest.validTo !== null) {
      return transaction.fail(
        invalidValue(
          'id',
          cell.id,
          'the cell has no open status period; ask the hub administrators to check its history',
        ),
      );
    }
    if (input.effectiveDate <= latest.validFrom) {
      return transaction.fail(
        invalidValue(
          'effectiveDate',
          input.effectiveDate,
          `expected a date after ${latest.validFrom}, when the cell's current status (${latest.status}) began: a status change is added to the history, it does not rewrite it`,
        ),
      );
    }
    if (input.status === latest.status) {
      return transaction.fail(
        invalidValue(
          'status',
          input.status,
          `the cell is ${latest.status} since ${latest.validFrom}; expected ${latest.status === 'ACTIVE' ? 'DORMANT or DISSOLVED' : 'ACTIVE or DISSOLVED'}`,
        ),
      );
    }
    const lastDay = dayBefore(input.effectiveDate);
    await transaction.db
      .update(livcrCellStatusPeriods)
      .set({ validTo: lastDay, ...writtenThroughApi() })
      .where(
        and(
          eq(livcrCellStatusPeriods.cellId, cell.id),
          eq(livcrCellStatusPeriods.validFrom, latest.validFrom),
        ),
      );
    if (input.status === 'DISSOLVED') {
      // The members' memberships end with the cell.
      await transaction.db
        .update(livcrCellMemberships)
        .set({ memberUntil: lastDay, ...writtenThroughApi() })
        .where(
          and(
            eq(livcrCellMemberships.cellId, cell.id),
            or(
              isNull(livcrCellMemberships.memberUntil),
              gte(livcrCellMemberships.memberUntil, input.effectiveDate),
            ),
          ),
        );
    } else {
      await transaction.db.insert(livcrCellStatusPeriods).values({
        cellId: cell.id,
        status: input.status,
        validFrom: input.effectiveDate,
        validTo: null,
        ...writerProvenance(transaction.identity),
        ...writtenThroughApi(),
      });
    }
    return [{ field: 'status', before: latest.status, after: input.status }];
  };
}

export const livcrCellMutations: Pick<
  MutationResolvers,
  | 'updateLivcrCell'
  | 'updateLivcrCellCoordinator'
  | 'recordLivcrCellStatusChange'
  | 'foundLivcrCell'
  | 'joinLivcrCell'
  | 'leaveLivcrCell'
  | 'addLivcrCellMemberRole'
  | 'endLivcrCellMemberRole'
> = {
  updateLivcrCell: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'updateLivcrCell',
      input,
      checks: [
        checkText('name', input.name, { maxLength: 200 }),
        checkEmail('functionalEmail', input.functionalEmail),
        checkSomethingToChange(input, ['name', 'meetingFrequency', 'functionalEmail']),
      ],
      // A new band is dated from today: earlier dates keep the band they had.
      dependents: (transaction) => async (cell) => {
        if (input.meetingFrequency && input.meetingFrequency !== cell.meetingFrequency) {
          await transaction.db
            .insert(livcrCellMeetingBandChanges)
            .values({
              cellId: cell.id,
              changedOn: todayIso(),
              previousBand: cell.meetingFrequency,
              band: input.meetingFrequency,
              ...writtenThroughApi(),
            })
            .onConflictDoUpdate({
              target: [livcrCellMeetingBandChanges.cellId, livcrCellMeetingBandChanges.changedOn],
              set: { band: input.meetingFrequency, ...writtenThroughApi() },
            });
        }
        return [];
      },
      set: (transaction) => (cell) => {
        requireCurrent(cell, transaction.fail);
        return pickGiven({
          name: input.name?.trim(),
          meetingFrequency: input.meetingFrequency,
          functionalEmail: input.functionalEmail?.trim(),
        });
      },
    }),

  updateLivcrCellCoordinator: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'updateLivcrCellCoordinator',
      input,
      checks: [
        checkText('name', input.name, { maxLength: 200 }),
        checkText('role', input.role, { maxLength: 200 }),
        checkEmail('email', input.email),
        checkPhone('phone', input.phone),
        checkSomethingToChange(input, ['name', 'role', 'email', 'phone']),
      ],
      set: (transaction) => (cell) => {
        requireCurrent(cell, transaction.fail);
        return pickGiven({
          coordinatorName: input.name?.trim(),
          coordinatorRole: input.role?.trim(),
          coordinatorEmail: input.email?.trim(),
          coordinatorPhone: input.phone?.trim(),
        });
      },
    }),

  recordLivcrCellStatusChange: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'recordLivcrCellStatusChange',
      input,
      checks: [checkDate('effectiveDate', input.effectiveDate, dateBounds())],
      effectiveDate: input.effectiveDate,
      dependents: (transaction) => statusChange(transaction, input),
      // A dissolved cell's record ends the day before: its validity closes with its last status period.
      set: () => (input.status === 'DISSOLVED' ? { validTo: dayBefore(input.effectiveDate) } : {}),
    }),

  foundLivcrCell: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'foundLivcrCell',
      input,
      userErrors: collectUserErrors(
        checkNisCodeInput('municipality', input.municipality),
        checkText('name', input.name, { maxLength: 200 }),
        input.name.trim().length < 3
          ? invalidValue('name', input.name, 'expected 3 to 200 characters, e.g. "LIVC-R Aalst"')
          : null,
        checkDate('foundedOn', input.foundedOn, dateBounds()),
        checkEmail('functionalEmail', input.functionalEmail),
        checkText('coordinator.name', input.coordinator.name, { maxLength: 200 }),
        checkText('coordinator.role', input.coordinator.role, { maxLength: 200 }),
        checkEmail('coordinator.email', input.coordinator.email),
        checkPhone('coordinator.phone', input.coordinator.phone),
      ),
      write: async (transaction) => {
        const territory = { municipalities: [input.municipality] };
        transaction.requireJurisdiction(territory, {
          recordType: 'Municipality',
          id: input.municipality,
          idField: 'municipality',
        });
        const municipality = await requireMunicipality(transaction, input.municipality, 'municipality');
        await requireNoCellFrom(transaction, input.municipality, input.foundedOn, 'municipality');
        const [taken] = await transaction.db
          .select({ id: livcrCells.id })
          .from(livcrCells)
          .where(eq(livcrCells.id, `livcr-${input.municipality}`));
        // A municipality's second cell (after a dissolved one) is named by its founding date too.
        const id = taken ? `livcr-${input.municipality}-${input.foundedOn}` : `livcr-${input.municipality}`;
        const provenance = writerProvenance(transaction.identity);
        const values = {
          id,
          name: input.name.trim(),
          seatNis: input.municipality,
          regionNis: municipality.regionNis,
          provinceNis: municipality.provinceNis,
          foundedOn: input.foundedOn,
          validFrom: input.foundedOn,
          validTo: null,
          meetingFrequency: input.meetingFrequency,
          functionalEmail: input.functionalEmail.trim(),
          coordinatorName: input.coordinator.name.trim(),
          coordinatorRole: input.coordinator.role.trim(),
          coordinatorEmail: input.coordinator.email.trim(),
          coordinatorPhone: input.coordinator.phone?.trim() ?? null,
          ...provenance,
        };
        const edited = writtenThroughApi();
        const [cell] = await transaction.db
          .insert(livcrCells)
          .values({ ...values, ...edited })
          .returning();
        await transaction.db.insert(livcrCellStatusPeriods).values({
          cellId: id,
          status: 'ACTIVE',
          validFrom: input.foundedOn,
          validTo: null,
          ...provenance,
          ...edited,
        });
        await transaction.db.insert(livcrCellMemberships).values({
          cellId: id,
          municipalityNis: input.municipality,
          memberSince: input.foundedOn,
          memberUntil: null,
          ...provenance,
          ...edited,
        });
        await transaction.db.insert(livcrCellMemberRoles).values(
          [...MANDATORY_SECTORS].map((sector) => ({
            cellId: id,
            sector,
            mandatory: true,
            since: input.foundedOn,
            until: null,
            ...provenance,
            ...edited,
          })),
        );
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: [...creationChanges(values), { field: 'status', before: null, after: 'ACTIVE' }],
          territory,
          effectiveDate: input.foundedOn,
        });
        return { cell: describedToday(cell as LivcrCellRow) };
      },
    }),

  joinLivcrCell: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'joinLivcrCell',
      input,
      checks: [
        checkNisCodeInput('municipality', input.municipality),
        checkDate('since', input.since, dateBounds()),
      ],
      idField: 'municipality',
      // The joining municipality's editor writes its own membership.
      territory: () => ({ municipalities: [input.municipality] }),
      effectiveDate: input.since,
      dependents: (transaction) => async (cell) => {
        requireCurrent(cell, transaction.fail);
        if (input.since < cell.validFrom)
          transaction.fail(
            invalidValue(
              'since',
              input.since,
              `expected ${cell.validFrom} or later, when the cell was founded`,
            ),
          );
        await requireMunicipality(transaction, input.municipality, 'municipality');
        await requireNoCellFrom(transaction, input.municipality, input.since, 'municipality');
        const before = (await membersOn(transaction.db, cell.id, input.since))
          .map((member) => member.municipalityNis)
          .sort();
        await transaction.db.insert(livcrCellMemberships).values({
          cellId: cell.id,
          municipalityNis: input.municipality,
          memberSince: input.since,
          memberUntil: null,
          ...writerProvenance(transaction.identity),
          ...writtenThroughApi(),
        });
        return [{ field: 'municipalities', before, after: [...before, input.municipality].sort() }];
      },
    }),

  leaveLivcrCell: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'leaveLivcrCell',
      input,
      checks: [
        checkNisCodeInput('municipality', input.municipality),
        checkDate('lastDay', input.lastDay, dateBounds()),
      ],
      idField: 'municipality',
      territory: () => ({ municipalities: [input.municipality] }),
      effectiveDate: daysAfter(input.lastDay, 1),
      dependents: (transaction) => async (cell) => {
        requireCurrent(cell, transaction.fail);
        if (cell.seatNis === input.municipality) {
          transaction.fail(
            invalidValue(
              'municipality',
              input.municipality,
              `${input.municipality} is the seat, whose mayor convenes the cell: it cannot leave; dissolve the cell (recordLivcrCellStatusChange, DISSOLVED) instead`,
            ),
          );
        }
        const [membership] = await transaction.db
          .select()
          .from(livcrCellMemberships)
          .where(
            and(
              eq(livcrCellMemberships.cellId, cell.id),
              eq(livcrCellMemberships.municipalityNis, input.municipality),
              isNull(livcrCellMemberships.memberUntil),
            ),
          );
        if (!membership)
          return transaction.fail(
            invalidValue('municipality', input.municipality, `expected a current member of ${cell.id}`),
          );
        if (input.lastDay < membership.memberSince) {
          return transaction.fail(
            invalidValue(
              'lastDay',
              input.lastDay,
              `expected ${membership.memberSince} or later, when ${input.municipality} joined`,
            ),
          );
        }
        const before = (await membersOn(transaction.db, cell.id, input.lastDay))
          .map((member) => member.municipalityNis)
          .sort();
        await transaction.db
          .update(livcrCellMemberships)
          .set({ memberUntil: input.lastDay, ...writtenThroughApi() })
          .where(
            and(
              eq(livcrCellMemberships.cellId, cell.id),
              eq(livcrCellMemberships.municipalityNis, input.municipality),
              eq(livcrCellMemberships.memberSince, membership.memberSince),
            ),
          );
        return [
          {
            field: 'municipalities',
            before,
            after: before.filter((nis) => nis !== input.municipality),
          },
        ];
      },
    }),

  addLivcrCellMemberRole: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'addLivcrCellMemberRole',
      input,
      checks: [checkDate('since', input.since, dateBounds())],
      effectiveDate: input.since,
      dependents: (transaction) => async (cell) => {
        requireCurrent(cell, transaction.fail);
        if (input.since < cell.foundedOn)
          transaction.fail(
            invalidValue(
              'since',
              input.since,
              `expected ${cell.foundedOn} or later, when the cell was founded`,
            ),
          );
        const [existing] = await transaction.db
          .select()
          .from(livcrCellMemberRoles)
          .where(
            and(eq(livcrCellMemberRoles.cellId, cell.id), eq(livcrCellMemberRoles.sector, input.sector)),
          );
        if (existing) {
          transaction.fail(
            invalidValue(
              'sector',
              input.sector,
              existing.until === null
                ? `${input.sector} takes part since ${existing.since} already; expected a sector not yet in the cell`
                : `${input.sector} took part from ${existing.since} to ${existing.until}, and a sector's history is not rewritten; expected a sector that never took part`,
            ),
          );
        }
        await transaction.db.insert(livcrCellMemberRoles).values({
          cellId: cell.id,
          sector: input.sector,
          mandatory: MANDATORY_SECTORS.has(input.sector),
          since: input.since,
          until: null,
          ...writerProvenance(transaction.identity),
          ...writtenThroughApi(),
        });
        return [{ field: `memberRoles.${input.sector}`, before: null, after: { since: input.since } }];
      },
    }),

  endLivcrCellMemberRole: (_root, { input }, context) =>
    updateCell(context, {
      mutation: 'endLivcrCellMemberRole',
      input,
      checks: [
        checkDate('lastDay', input.lastDay, dateBounds()),
        MANDATORY_SECTORS.has(input.sector)
          ? invalidValue(
              'sector',
              input.sector,
              `the law makes ${[...MANDATORY_SECTORS].join(', ')} members of every cell; expected another sector`,
            )
          : null,
      ],
      effectiveDate: daysAfter(input.lastDay, 1),
      dependents: (transaction) => async (cell) => {
        requireCurrent(cell, transaction.fail);
        const [existing] = await transaction.db
          .select()
          .from(livcrCellMemberRoles)
          .where(
            and(
              eq(livcrCellMemberRoles.cellId, cell.id),
              eq(livcrCellMemberRoles.sector, input.sector),
              isNull(livcrCellMemberRoles.until),
            ),
          );
        if (!existing)
          return transaction.fail(
            invalidValue('sector', input.sector, `expected a sector that takes part in ${cell.id} now`),
          );
        if (input.lastDay < existing.since)
          return transaction.fail(
            invalidValue(
              'lastDay',
              input.lastDay,
              `expected ${existing.since} or later, when ${input.sector} joined`,
            ),
          );
        await transaction.db
          .update(livcrCellMemberRoles)
          .set({ until: input.lastDay, ...writtenThroughApi() })
          .where(
            and(eq(livcrCellMemberRoles.cellId, cell.id), eq(livcrCellMemberRoles.sector, input.sector)),
          );
        return [
          {
            field: `memberRoles.${input.sector}`,
            before: { since: existing.since },
            after: { since: existing.since, until: input.lastDay },
          },
        ];
      },
    }),
};
