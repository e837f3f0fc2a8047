import { type Database, federalTables } from '@cohesion/db';
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { type PageWindow, type VisitRow } from './rows';
import { takePage } from './take-page';

const { mobileTeamVisits } = federalTables;

export type VisitPageQuery = {
  from?: string | undefined;
  to?: string | undefined;
  regionIso?: string | undefined;
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  topics?: readonly string[] | undefined;
};
export type VisitOrder = 'DATE_ASC' | 'DATE_DESC';

function whereOf(query: VisitPageQuery): SQL | undefined {
  return and(
    query.from ? gte(mobileTeamVisits.date, query.from) : undefined,
    query.to ? lte(mobileTeamVisits.date, query.to) : undefined,
    query.regionIso ? eq(mobileTeamVisits.regionIso, query.regionIso) : undefined,
    query.provinceNis ? eq(mobileTeamVisits.provinceNis, query.provinceNis) : undefined,
    query.municipalityNis ? eq(mobileTeamVisits.municipalityNis, query.municipalityNis) : undefined,
    query.topics?.length ? inArray(mobileTeamVisits.topic, [...query.topics]) : undefined,
  );
}

const ORDER: Record<VisitOrder, SQL[]> = {
  DATE_ASC: [asc(mobileTeamVisits.date), asc(mobileTeamVisits.id)],
  DATE_DESC: [desc(mobileTeamVisits.date), desc(mobileTeamVisits.id)],
};

export async function findVisitPage(db: Database, query: VisitPageQuery, order: VisitOrder, window: PageWindow) {
  const rows: VisitRow[] = await db
    .select()
    .from(mobileTeamVisits)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countVisits(db: Database, query: VisitPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(mobileTeamVisits).where(whereOf(query));
  return result?.total ?? 0;
}
