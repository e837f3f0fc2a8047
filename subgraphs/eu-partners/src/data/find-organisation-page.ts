import { type Database, euPartnersTables } from '@cohesion/db';
import {
  ascending,
  currentRecords,
  descending,
  keysetList,
  searchCondition,
  type PageArguments,
} from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { organisations } = euPartnersTables;

const organisationList = keysetList({
  name: 'eu-organisations',
  table: organisations,
  id: organisations.id,
  orders: { NAME_ASC: ascending(organisations.sortName), NAME_DESC: descending(organisations.sortName) },
});

export type OrganisationQuery = {
  includeArchived?: boolean | null | undefined;
  type?: string | null | undefined;
  level?: string | null | undefined;
  search?: string | null | undefined;
};

/** One page of organisations, by name. */
export function findOrganisationPage(
  db: Database,
  query: OrganisationQuery,
  page: PageArguments<'NAME_ASC' | 'NAME_DESC'>,
) {
  return organisationList.findPage(
    db,
    page,
    and(
      currentRecords(organisations.archivedOn, query.includeArchived),
      query.type ? eq(organisations.type, query.type) : undefined,
      query.level ? eq(organisations.level, query.level) : undefined,
      searchCondition(organisations.searchText, query.search),
    ),
  );
}
