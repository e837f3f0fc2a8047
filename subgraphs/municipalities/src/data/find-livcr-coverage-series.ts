import { type Database, municipalitiesTables } from '@cohesion/db';
import { and, count, eq, sql } from 'drizzle-orm';
import { validAt } from './valid-at';

const { livcrCells, livcrCellMemberships, predecessors } = municipalitiesTables;

export type LivcrSeriesRow = {
  date: string;
  cells: number;
  sharedCells: number;
  municipalitiesCovered: number;
  formerMunicipalitiesCovered: number;
};

/**
 * The hub's records on each of the given dates, aggregated in one statement: per date and cell the members
 * then, then per date the cells, the shared cells and the municipalities covered (also in 2019–2024 units,
 * counting each 2025 municipality's predecessors). Dates without any cell are absent from the result.
 */
export async function findLivcrCoverageSeries(db: Database, query: { dates: readonly string[]; regionNis?: string | undefined }): Promise<LivcrSeriesRow[]> {
  if (query.dates.length === 0) return [];
  const points = sql`(values ${sql.join(
    query.dates.map((date) => sql`(${date}::date)`),
    sql`, `,
  )}) as points(date)`;
  const pointDate = sql`points.date`;
  const weights = db
    .select({ weightedNis: sql<string>`${predecessors.municipalityNis}`.as('weighted_nis'), former: count().as('former') })
    .from(predecessors)
    .groupBy(predecessors.municipalityNis)
    .as('weights');
  const perCell = db
    .select({
      date: sql<string>`points.date::text`.as('point_date'),
      cellId: livcrCellMemberships.cellId,
      members: sql<number>`count(*)::int`.as('members'),
      former: sql<number>`sum(${weights.former})::int`.as('former_members'),
    })
    .from(points)
    .innerJoin(livcrCellMemberships, validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, pointDate))
    .innerJoin(livcrCells, and(eq(livcrCells.id, livcrCellMemberships.cellId), validAt(livcrCells.validFrom, livcrCells.validTo, pointDate)))
    .innerJoin(weights, eq(weights.weightedNis, livcrCellMemberships.municipalityNis))
    .where(query.regionNis ? eq(livcrCells.regionNis, query.regionNis) : undefined)
    .groupBy(pointDate, livcrCellMemberships.cellId)
    .as('per_cell');
  return db
    .select({
      date: perCell.date,
      cells: sql<number>`count(*)::int`,
      sharedCells: sql<number>`(count(*) filter (where ${perCell.members} > 1))::int`,
      municipalitiesCovered: sql<number>`sum(${perCell.members})::int`,
      formerMunicipalitiesCovered: sql<number>`sum(${perCell.former})::int`,
    })
    .from(perCell)
    .groupBy(perCell.date);
}
