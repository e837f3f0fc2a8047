import { type Database, municipalitiesTables } from '@cohesion/db';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { validAt } from './valid-at';

const { municipalities, livcrCells, livcrCellMemberships, livcrCellStatusPeriods } = municipalitiesTables;

export type LivcrCoverageQuery = { at: string; regionNis?: string | undefined; provinceNis?: string | undefined };

/** One row per 2025 municipality of the area: its cell on `at` (if any), with the cell's status and size then. */
export type LivcrCoverageRow = Awaited<ReturnType<typeof findLivcrCoverageAt>>[number];

/**
 * The coverage of an area on a date in one statement: every municipality, left-joined to the membership, cell and
 * status period valid on that date, and to the number of members the cell has then (for its scope).
 */
export function findLivcrCoverageAt(db: Database, query: LivcrCoverageQuery) {
  const current = db
    .select({
      cellId: livcrCellMemberships.cellId,
      memberNis: sql<string>`${livcrCellMemberships.municipalityNis}`.as('member_nis'),
      memberSince: livcrCellMemberships.memberSince,
      cellName: livcrCells.name,
      status: livcrCellStatusPeriods.status,
    })
    .from(livcrCellMemberships)
    .innerJoin(livcrCells, and(eq(livcrCells.id, livcrCellMemberships.cellId), validAt(livcrCells.validFrom, livcrCells.validTo, query.at)))
    .innerJoin(
      livcrCellStatusPeriods,
      and(eq(livcrCellStatusPeriods.cellId, livcrCells.id), validAt(livcrCellStatusPeriods.validFrom, livcrCellStatusPeriods.validTo, query.at)),
    )
    .where(validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, query.at))
    .as('current');
  const sizes = db
    .select({ sizedCellId: sql<string>`${livcrCellMemberships.cellId}`.as('sized_cell_id'), members: count().as('members') })
    .from(livcrCellMemberships)
    .where(validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, query.at))
    .groupBy(livcrCellMemberships.cellId)
    .as('sizes');
  return db
    .select({
      nis: municipalities.nis,
      nameNl: municipalities.nameNl,
      nameFr: municipalities.nameFr,
      nameDe: municipalities.nameDe,
      languageRegime: municipalities.languageRegime,
      regionNis: municipalities.regionNis,
      provinceNis: municipalities.provinceNis,
      cellId: current.cellId,
      cellName: current.cellName,
      memberSince: current.memberSince,
      status: current.status,
      members: sizes.members,
    })
    .from(municipalities)
    .leftJoin(current, eq(current.memberNis, municipalities.nis))
    .leftJoin(sizes, eq(sizes.sizedCellId, current.cellId))
    .where(
      and(
        query.regionNis ? eq(municipalities.regionNis, query.regionNis) : undefined,
        query.provinceNis ? eq(municipalities.provinceNis, query.provinceNis) : undefined,
      ),
    )
    .orderBy(asc(municipalities.nis));
}
