import { type Database, flandersTables } from '@cohesion/db';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, searchCondition, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type OrganisationRow } from './rows';

const { organisations } = flandersTables;

export const ORGANISATION_ORDERS: Record<'NAME_ASC' | 'NAME_DESC', SortSpec<OrganisationRow>> = {
  NAME_ASC: { column: organisations.sortName, direction: 'asc', valueOf: (row) => row.sortName },
  NAME_DESC: { column: organisations.sortName, direction: 'desc', valueOf: (row) => row.sortName },
};

export type OrganisationPageQuery = {
  types?: string[] | undefined;
  level?: string | undefined;
  expertPoolId?: string | undefined;
  search?: string | undefined;
};

function whereOf(query: OrganisationPageQuery): SQL | undefined {
  return and(
    query.types ? inArray(organisations.type, query.types) : undefined,
    query.level ? eq(organisations.level, query.level) : undefined,
    query.expertPoolId ? eq(organisations.expertPoolId, query.expertPoolId) : undefined,
    searchCondition(organisations.searchText, query.search),
  );
}

export async function findOrganisationPage(
  db: Database,
  query: OrganisationPageQuery & { sort: SortSpec<OrganisationRow>; after?: KeysetPosition | undefined; first: number },
) {
  const rows = await db
    .select()
    .from(organisations)
    .where(and(whereOf(query), afterPosition(query.sort, organisations.id, query.after)))
    .orderBy(...keysetOrder(query.sort, organisations.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countOrganisations(db: Database, query: OrganisationPageQuery): Promise<number> {
  return countRows(db, organisations, whereOf(query));
}
