import { type Database, federalTables } from '@cohesion/db';
import { and, asc, count, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { type PageWindow, type ProjectRow } from './rows';
import { searchCondition } from './search-condition';
import { takePage } from './take-page';

const { projects } = federalTables;

export type ProjectPageQuery = { activeFrom?: string | undefined; activeTo?: string | undefined; search?: string | undefined };
export type ProjectOrder = 'DATE_ASC' | 'DATE_DESC';

function whereOf(query: ProjectPageQuery): SQL | undefined {
  return and(
    // A project without an end date is still running.
    query.activeFrom ? or(isNull(projects.endDate), gte(projects.endDate, query.activeFrom)) : undefined,
    query.activeTo ? lte(projects.startDate, query.activeTo) : undefined,
    searchCondition(projects.searchText, query.search),
  );
}

const ORDER: Record<ProjectOrder, SQL[]> = {
  DATE_ASC: [sql`${projects.startDate} asc nulls last`, asc(projects.id)],
  DATE_DESC: [sql`${projects.startDate} desc nulls last`, asc(projects.id)],
};

export async function findProjectPage(db: Database, query: ProjectPageQuery, order: ProjectOrder, window: PageWindow) {
  const rows: ProjectRow[] = await db
    .select()
    .from(projects)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countProjects(db: Database, query: ProjectPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(projects).where(whereOf(query));
  return result?.total ?? 0;
}
