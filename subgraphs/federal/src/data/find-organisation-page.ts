import { type Database, federalTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { organisations } = federalTables;

const organisationList = keysetList({
  name: 'federal-organisations',
  table: organisations,
  id: organisations.id,
  orders: { NAME_ASC: ascending(organisations.sortKey), NAME_DESC: descending(organisations.sortKey) },
});

export type OrganisationPageQuery = {
  includeArchived?: boolean | null | undefined;
  types?: readonly string[] | null | undefined;
  parentId?: string | null | undefined;
  search?: string | null | undefined;
};

/** One page of organisations, by name. */
export function findOrganisationPage(
  db: Database,
  query: OrganisationPageQuery,
  page: PageArguments<'NAME_ASC' | 'NAME_DESC'>,
) {
  return organisationList.findPage(
    db,
    page,
    and(
      currentRecords(organisations.archivedOn, query.includeArchived),
      query.types?.length ? equalsAny(organisations.type, query.types) : undefined,
      query.parentId ? eq(organisations.parentId, query.parentId) : undefined,
      searchCondition(organisations.searchText, query.search),
    ),
  );
}
