import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { ascending, currentRecords, descending, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, arrayContains, eq } from 'drizzle-orm';

const { organisations } = walloniaBrusselsTables;

const organisationList = keysetList({
  name: 'wallonia-brussels-organisations',
  table: organisations,
  id: organisations.id,
  orders: { NAME_ASC: ascending(organisations.sortName), NAME_DESC: descending(organisations.sortName) },
});

export type OrganisationPageQuery = {
  /** Archived records too (left out by default). */
  includeArchived?: boolean | null | undefined;
  type?: string | null | undefined;
  level?: string | null | undefined;
  region?: string | null | undefined;
  search?: string | null | undefined;
};

/** One page of organisations, by name. */
export function findOrganisationPage(db: Database, query: OrganisationPageQuery, page: PageArguments<'NAME_ASC' | 'NAME_DESC'>) {
  return organisationList.findPage(
    db,
    page,
    and(
      currentRecords(organisations.archivedOn, query.includeArchived),
      query.type ? eq(organisations.type, query.type) : undefined,
      query.level ? eq(organisations.level, query.level) : undefined,
      query.region ? arrayContains(organisations.regions, [query.region]) : undefined,
      searchCondition(organisations.searchText, query.search),
    ),
  );
}
