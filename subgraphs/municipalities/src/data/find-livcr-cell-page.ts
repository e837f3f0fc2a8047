import { type Database, municipalitiesTables } from '@cohesion/db';
import { and, asc, count, eq, exists, gt, inArray, isNotNull, lt, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { type LivcrCellRow } from './rows';
import { validAt } from './valid-at';

const { livcrCells, livcrCellMemberships, livcrCellStatusPeriods } = municipalitiesTables;

export type LivcrCellPageQuery = {
  /** The date described: cells founded by then, with their status and scope on that date. */
  at: string;
  regionNis?: string | undefined;
  provinceNis?: string | undefined;
  /** Only the cell this municipality belongs to on `at`. */
  municipalityNis?: string | undefined;
  scope?: 'OWN' | 'SHARED' | undefined;
  statuses?: ReadonlyArray<'ACTIVE' | 'DORMANT' | 'DISSOLVED'> | undefined;
};

function whereOf(db: Database, query: LivcrCellPageQuery): SQL | undefined {
  const at = sql`${query.at}::date`;
  const dissolved = and(isNotNull(livcrCells.validTo), lt(livcrCells.validTo, query.at));
  // A dissolved cell keeps the scope it had on its last day.
  const scopeDate = sql`least(${at}, coalesce(${livcrCells.validTo}, ${at}))`;
  const members = db
    .select({ members: count() })
    .from(livcrCellMemberships)
    .where(and(eq(livcrCellMemberships.cellId, livcrCells.id), validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, scopeDate)));
  const liveStatuses = (query.statuses ?? []).filter((status) => status !== 'DISSOLVED');
  const statusCondition = query.statuses
    ? or(
        query.statuses.includes('DISSOLVED') ? dissolved : undefined,
        liveStatuses.length
          ? and(
              not(dissolved as SQL),
              exists(
                db
                  .select({ one: sql`1` })
                  .from(livcrCellStatusPeriods)
                  .where(
                    and(
                      eq(livcrCellStatusPeriods.cellId, livcrCells.id),
                      inArray(livcrCellStatusPeriods.status, liveStatuses),
                      validAt(livcrCellStatusPeriods.validFrom, livcrCellStatusPeriods.validTo, query.at),
                    ),
                  ),
              ),
            )
          : undefined,
      ) ?? sql`false`
    : undefined;
  return and(
    lte(livcrCells.validFrom, query.at),
    query.regionNis ? eq(livcrCells.regionNis, query.regionNis) : undefined,
    query.provinceNis ? eq(livcrCells.provinceNis, query.provinceNis) : undefined,
    query.municipalityNis
      ? exists(
          db
            .select({ one: sql`1` })
            .from(livcrCellMemberships)
            .where(
              and(
                eq(livcrCellMemberships.cellId, livcrCells.id),
                eq(livcrCellMemberships.municipalityNis, query.municipalityNis),
                validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, query.at),
              ),
            ),
        )
      : undefined,
    query.scope === 'SHARED' ? sql`(${members}) > 1` : query.scope === 'OWN' ? sql`(${members}) = 1` : undefined,
    statusCondition,
  );
}

/** One page of cells in id order after the cursor key (keyset paging), one row more than asked to know if more follow. */
export async function findLivcrCellPage(
  db: Database,
  query: LivcrCellPageQuery & { afterId?: string | undefined; first: number },
): Promise<{ rows: LivcrCellRow[]; hasNextPage: boolean }> {
  const rows = await db
    .select()
    .from(livcrCells)
    .where(and(whereOf(db, query), query.afterId ? gt(livcrCells.id, query.afterId) : undefined))
    .orderBy(asc(livcrCells.id))
    .limit(query.first + 1);
  return { rows: rows.slice(0, query.first), hasNextPage: rows.length > query.first };
}

export async function countLivcrCells(db: Database, query: LivcrCellPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(livcrCells).where(whereOf(db, query));
  return result?.total ?? 0;
}
