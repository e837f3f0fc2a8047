import { type Database, municipalitiesTables } from '@cohesion/db';
import { ascending, equalsAny, keysetList, type PageArguments } from '@cohesion/kit';
import { and, count, eq, exists, isNotNull, lt, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { validAt } from './valid-at';

const { livcrCells, livcrCellMemberships, livcrCellStatusPeriods } = municipalitiesTables;

const livcrCellList = keysetList({
  name: 'livcr-cells',
  table: livcrCells,
  id: livcrCells.id,
  orders: { ID_ASC: ascending(livcrCells.id) },
  maxPageSize: 600,
});

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
                      equalsAny(livcrCellStatusPeriods.status, liveStatuses),
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

/** One page of the cells as on `query.at`, by id. */
export function findLivcrCellPage(db: Database, query: LivcrCellPageQuery, page: PageArguments<never>) {
  return livcrCellList.findPage(db, page, whereOf(db, query));
}
