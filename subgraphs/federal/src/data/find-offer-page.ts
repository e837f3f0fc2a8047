import { type Database, federalTables } from '@cohesion/db';
import { and, arrayContains, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type OfferRow, type PageWindow } from './rows';
import { searchCondition } from './search-condition';
import { takePage } from './take-page';

const { offers } = federalTables;

export type OfferPageQuery = {
  kinds?: readonly string[] | undefined;
  organisationId?: string | undefined;
  /** Lower-case language code. */
  language?: string | undefined;
  search?: string | undefined;
};
export type OfferOrder = 'TITLE_ASC' | 'TITLE_DESC';

function whereOf(query: OfferPageQuery): SQL | undefined {
  return and(
    query.kinds?.length ? inArray(offers.kind, [...query.kinds]) : undefined,
    query.organisationId ? eq(offers.organisationId, query.organisationId) : undefined,
    query.language ? arrayContains(offers.languages, [query.language]) : undefined,
    searchCondition(offers.searchText, query.search),
  );
}

const ORDER: Record<OfferOrder, SQL[]> = {
  TITLE_ASC: [asc(offers.sortKey), asc(offers.id)],
  TITLE_DESC: [desc(offers.sortKey), desc(offers.id)],
};

export async function findOfferPage(db: Database, query: OfferPageQuery, order: OfferOrder, window: PageWindow) {
  const rows: OfferRow[] = await db
    .select()
    .from(offers)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countOffers(db: Database, query: OfferPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(offers).where(whereOf(query));
  return result?.total ?? 0;
}
