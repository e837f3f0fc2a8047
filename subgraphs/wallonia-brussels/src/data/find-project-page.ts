import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { ascending, currentRecords, descending, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, arrayContains, eq, gte, isNotNull, isNull, lte, or } from 'drizzle-orm';

const { projects } = walloniaBrusselsTables;

const projectList = keysetList({
  name: 'wallonia-brussels-projects',
  table: projects,
  id: projects.id,
  orders: { START_ASC: ascending(projects.startsOn), START_DESC: descending(projects.startsOn), NAME_ASC: ascending(projects.sortName) },
});

export type ProjectPageQuery = {
  /** Archived records too (left out by default). */
  includeArchived?: boolean | null | undefined;
  /** Only projects running on or after this date. */
  from?: string | undefined;
  /** Only projects running on or before this date. */
  to?: string | undefined;
  organisationId?: string | null | undefined;
  search?: string | null | undefined;
};

/** One page of projects, by start (unknown starts last) or name. */
export function findProjectPage(db: Database, query: ProjectPageQuery, page: PageArguments<'START_ASC' | 'START_DESC' | 'NAME_ASC'>) {
  return projectList.findPage(
    db,
    page,
    and(
      currentRecords(projects.archivedOn, query.includeArchived),
      // A project without an end is open, so it still runs after any date; one without a known start never matches `to`.
      query.from ? or(isNull(projects.endsOn), gte(projects.endsOn, query.from)) : undefined,
      query.to ? and(isNotNull(projects.startsOn), lte(projects.startsOn, query.to)) : undefined,
      query.organisationId
        ? or(eq(projects.leadOrganisationId, query.organisationId), arrayContains(projects.partnerOrganisationIds, [query.organisationId]))
        : undefined,
      searchCondition(projects.searchText, query.search),
    ),
  );
}
