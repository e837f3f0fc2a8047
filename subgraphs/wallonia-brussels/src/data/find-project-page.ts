import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { and, arrayContains, count, eq, getTableColumns, gte, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import { dateSortKey, keysetAfter, keysetOrderBy, limitPage, searchCondition, textSortKey, type KeysetOrder, type PageArguments } from './keyset';
import { type ProjectRow } from './rows';

const { projects } = walloniaBrusselsTables;

export type ProjectPageQuery = {
  activeFrom?: string | undefined;
  activeTo?: string | undefined;
  organisationId?: string | undefined;
  search?: string | undefined;
};
export type ProjectOrder = 'START_ASC' | 'START_DESC' | 'NAME_ASC';

const ORDERS: Record<ProjectOrder, KeysetOrder> = {
  START_ASC: { sortKey: dateSortKey(projects.startsOn, 'asc'), id: projects.id, direction: 'asc' },
  START_DESC: { sortKey: dateSortKey(projects.startsOn, 'desc'), id: projects.id, direction: 'desc' },
  NAME_ASC: { sortKey: textSortKey(projects.sortName), id: projects.id, direction: 'asc' },
};

function whereOf(query: ProjectPageQuery): SQL | undefined {
  return and(
    // A project without an end is open, so it still runs after any date; one without a known start never matches `activeTo`.
    query.activeFrom ? or(isNull(projects.endsOn), gte(projects.endsOn, query.activeFrom)) : undefined,
    query.activeTo ? and(isNotNull(projects.startsOn), lte(projects.startsOn, query.activeTo)) : undefined,
    query.organisationId
      ? or(eq(projects.leadOrganisationId, query.organisationId), arrayContains(projects.partnerOrganisationIds, [query.organisationId]))
      : undefined,
    searchCondition(projects.searchText, query.search),
  );
}

/** One page of projects in the given order after the cursor position. */
export async function findProjectPage(
  db: Database,
  query: ProjectPageQuery & PageArguments<ProjectOrder>,
): Promise<{ rows: Array<ProjectRow & { sortValue: string }>; hasNextPage: boolean }> {
  const order = ORDERS[query.orderBy];
  const rows = await db
    .select({ ...getTableColumns(projects), sortValue: order.sortKey })
    .from(projects)
    .where(and(whereOf(query), keysetAfter(order, query.after)))
    .orderBy(...keysetOrderBy(order))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countProjects(db: Database, query: ProjectPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(projects).where(whereOf(query));
  return result?.total ?? 0;
}
