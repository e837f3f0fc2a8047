import { type Database, flandersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq, or } from 'drizzle-orm';
import { jsonbContains } from './jsonb-contains';

const { projects } = flandersTables;

const projectList = keysetList({
  name: 'flanders-projects',
  table: projects,
  id: projects.id,
  orders: { NAME_ASC: ascending(projects.sortName), NAME_DESC: descending(projects.sortName) },
});

export type ProjectPageQuery = { includeArchived?: boolean | null | undefined; organisationId?: string | undefined; search?: string | null | undefined };

/** One page of projects, by name. */
export function findProjectPage(db: Database, query: ProjectPageQuery, page: PageArguments<'NAME_ASC' | 'NAME_DESC'>) {
  return projectList.findPage(
    db,
    page,
    and(
      currentRecords(projects.archivedOn, query.includeArchived),
      query.organisationId
        ? or(eq(projects.leadOrganisationId, query.organisationId), jsonbContains(projects.partners, { organisationId: query.organisationId }))
        : undefined,
      searchCondition(projects.searchText, query.search),
    ),
  );
}
