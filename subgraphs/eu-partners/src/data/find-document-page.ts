import { type Database, euPartnersTables } from '@cohesion/db';
import { and, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest, searchCondition } from './keyset';
import { type DocumentRow } from './rows';

const { documents } = euPartnersTables;

export type DocumentQuery = {
  types?: readonly string[] | undefined;
  issuingOrganisationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search?: string | undefined;
};

export const DOCUMENT_ORDERINGS = {
  DATE_ASC: { column: documents.dateFrom, direction: 'asc', valueOf: (row) => row.dateFrom },
  DATE_DESC: { column: documents.dateFrom, direction: 'desc', valueOf: (row) => row.dateFrom },
  TITLE_ASC: { column: documents.sortTitle, direction: 'asc', valueOf: (row) => row.sortTitle },
} satisfies Record<string, Ordering<DocumentRow>>;

// A document dated "2015" spans the whole year: it matches a date range that overlaps that year.
function whereOf(query: DocumentQuery): SQL | undefined {
  return and(
    query.types?.length ? inArray(documents.type, [...query.types]) : undefined,
    query.issuingOrganisationId ? eq(documents.issuingOrganisationId, query.issuingOrganisationId) : undefined,
    query.from ? gte(documents.dateTo, query.from) : undefined,
    query.to ? lte(documents.dateFrom, query.to) : undefined,
    searchCondition(documents.searchText, query.search),
  );
}

/** One page of documents after the cursor position, reading one row more to know whether another follows. */
export async function findDocumentPage(db: Database, query: DocumentQuery, page: PageRequest<DocumentRow>) {
  const rows = await db
    .select()
    .from(documents)
    .where(and(whereOf(query), keysetAfter(page.ordering, documents.id, page.after)))
    .orderBy(...keysetOrder(page.ordering, documents.id))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countDocuments(db: Database, query: DocumentQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(documents).where(whereOf(query));
  return result?.total ?? 0;
}
