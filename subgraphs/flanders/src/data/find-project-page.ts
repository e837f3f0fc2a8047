import { type Database, flandersTables } from '@cohesion/db';
import { and, eq, or, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, jsonbContains, keysetOrder, searchCondition, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type ProjectRow } from './rows';

const { projects } = flandersTables;

export const PROJECT_ORDERS: Record<'NAME_ASC' | 'NAME_DESC', SortSpec<ProjectRow>> = {
  NAME_ASC: { column: projects.sortName, direction: 'asc', valueOf: (row) => row.sortName },
  NAME_DESC: { column: projects.sortName, direction: 'desc', valueOf: (row) => row.sortName },
};

export type ProjectPageQuery = { organisationId?: string | undefined; search?: string | undefined };

function whereOf(query: ProjectPageQuery): SQL | undefined {
  return and(
    query.organisationId
      ? or(eq(projects.leadOrganisationId, query.organisationId), jsonbContains(projects.partners, { organisationId: query.organisationId }))
      : undefined,
    searchCondition(projects.searchText, query.search),
  );
}

export async function findProjectPage(db: Database, query: ProjectPageQuery & { sort: SortSpec<ProjectRow>; after?: KeysetPosition | undefined; first: number }) {
  const rows = await db
    .select()
    .from(projects)
    .where(and(whereOf(query), afterPosition(query.sort, projects.id, query.after)))
    .orderBy(...keysetOrder(query.sort, projects.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countProjects(db: Database, query: ProjectPageQuery): Promise<number> {
  return countRows(db, projects, whereOf(query));
}
