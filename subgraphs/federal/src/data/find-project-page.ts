import { type Database, federalTables } from '@cohesion/db';
import {
  ascending,
  currentRecords,
  descending,
  keysetList,
  searchCondition,
  type PageArguments,
} from '@cohesion/kit';
import { and, gte, isNull, lte, or } from 'drizzle-orm';

const { projects } = federalTables;

const projectList = keysetList({
  name: 'federal-projects',
  table: projects,
  id: projects.id,
  orders: { DATE_ASC: ascending(projects.startDate), DATE_DESC: descending(projects.startDate) },
});

export type ProjectPageQuery = {
  includeArchived?: boolean | null | undefined;
  /** Only projects running on this day or later. */
  from?: string | undefined;
  /** Only projects started on or before this day. */
  to?: string | undefined;
  search?: string | null | undefined;
};

/** One page of projects, by start date (undated last). */
export function findProjectPage(
  db: Database,
  query: ProjectPageQuery,
  page: PageArguments<'DATE_ASC' | 'DATE_DESC'>,
) {
  return projectList.findPage(
    db,
    page,
    and(
      currentRecords(projects.archivedOn, query.includeArchived),
      // A project without an end date is still running.
      query.from ? or(isNull(projects.endDate), gte(projects.endDate, query.from)) : undefined,
      query.to ? lte(projects.startDate, query.to) : undefined,
      searchCondition(projects.searchText, query.search),
    ),
  );
}
