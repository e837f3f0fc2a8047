import { type Database, flandersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { organisations } = flandersTables;

const organisationList = keysetList({
  name: 'flanders-organisations',
  table: organisations,
  id: organisations.id,
  orders: { NAME_ASC: ascending(organisations.sortName), NAME_DESC: descending(organisations.sortName) },
});

export type OrganisationPageQuery = {
  includeArchived?: boolean | null | undefined;
  types?: string[] | undefined;
  level?: string | undefined;
  expertPoolId?: string | undefined;
  search?: string | null | undefined;
};

/** One page of organisations, by name. */
export function findOrganisationPage(db: Database, query: OrganisationPageQuery, page: PageArguments<'NAME_ASC' | 'NAME_DESC'>) {
  return organisationList.findPage(
    db,
    page,
    and(
      currentRecords(organisations.archivedOn, query.includeArchived),
      query.types ? equalsAny(organisations.type, query.types) : undefined,
      query.level ? eq(organisations.level, query.level) : undefined,
      query.expertPoolId ? eq(organisations.expertPoolId, query.expertPoolId) : undefined,
      searchCondition(organisations.searchText, query.search),
    ),
  );
}
