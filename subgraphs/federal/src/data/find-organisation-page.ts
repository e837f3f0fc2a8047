import { type Database, federalTables } from '@cohesion/db';
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type OrganisationRow, type PageWindow } from './rows';
import { searchCondition } from './search-condition';
import { takePage } from './take-page';

const { organisations } = federalTables;

export type OrganisationPageQuery = { types?: readonly string[] | undefined; parentId?: string | undefined; search?: string | undefined };
export type OrganisationOrder = 'NAME_ASC' | 'NAME_DESC';

function whereOf(query: OrganisationPageQuery): SQL | undefined {
  return and(
    query.types?.length ? inArray(organisations.type, [...query.types]) : undefined,
    query.parentId ? eq(organisations.parentId, query.parentId) : undefined,
    searchCondition(organisations.searchText, query.search),
  );
}

const ORDER: Record<OrganisationOrder, SQL[]> = {
  NAME_ASC: [asc(organisations.sortKey), asc(organisations.id)],
  NAME_DESC: [desc(organisations.sortKey), desc(organisations.id)],
};

export async function findOrganisationPage(db: Database, query: OrganisationPageQuery, order: OrganisationOrder, window: PageWindow) {
  const rows: OrganisationRow[] = await db
    .select()
    .from(organisations)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countOrganisations(db: Database, query: OrganisationPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(organisations).where(whereOf(query));
  return result?.total ?? 0;
}
