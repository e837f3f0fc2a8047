import { type Database, euPartnersTables } from '@cohesion/db';
import { and, count, eq, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest, searchCondition } from './keyset';
import { type OrganisationRow } from './rows';

const { organisations } = euPartnersTables;

export type OrganisationQuery = {
  type?: string | undefined;
  level?: string | undefined;
  search?: string | undefined;
};

export const ORGANISATION_ORDERINGS = {
  NAME_ASC: { column: organisations.sortName, direction: 'asc', valueOf: (row) => row.sortName },
  NAME_DESC: { column: organisations.sortName, direction: 'desc', valueOf: (row) => row.sortName },
} satisfies Record<string, Ordering<OrganisationRow>>;

function whereOf(query: OrganisationQuery): SQL | undefined {
  return and(
    query.type ? eq(organisations.type, query.type) : undefined,
    query.level ? eq(organisations.level, query.level) : undefined,
    searchCondition(organisations.searchText, query.search),
  );
}

/** One page of organisations after the cursor position, reading one row more to know whether another follows. */
export async function findOrganisationPage(db: Database, query: OrganisationQuery, page: PageRequest<OrganisationRow>) {
  const rows = await db
    .select()
    .from(organisations)
    .where(and(whereOf(query), keysetAfter(page.ordering, organisations.id, page.after)))
    .orderBy(...keysetOrder(page.ordering, organisations.id))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countOrganisations(db: Database, query: OrganisationQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(organisations).where(whereOf(query));
  return result?.total ?? 0;
}
