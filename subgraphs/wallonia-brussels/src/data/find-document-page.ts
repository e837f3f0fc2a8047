import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { and, arrayContains, count, getTableColumns, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { dateSortKey, keysetAfter, keysetOrderBy, limitPage, searchCondition, textSortKey, type KeysetOrder, type PageArguments } from './keyset';
import { type DocumentRow } from './rows';

const { documents } = walloniaBrusselsTables;

export type DocumentPageQuery = {
  types?: readonly string[] | undefined;
  issuedFrom?: string | undefined;
  issuedTo?: string | undefined;
  authorId?: string | undefined;
  search?: string | undefined;
};
export type DocumentOrder = 'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC';

const ORDERS: Record<DocumentOrder, KeysetOrder> = {
  DATE_ASC: { sortKey: dateSortKey(documents.issuedFrom, 'asc'), id: documents.id, direction: 'asc' },
  DATE_DESC: { sortKey: dateSortKey(documents.issuedFrom, 'desc'), id: documents.id, direction: 'desc' },
  TITLE_ASC: { sortKey: textSortKey(documents.sortTitle), id: documents.id, direction: 'asc' },
};

function whereOf(query: DocumentPageQuery): SQL | undefined {
  return and(
    query.types ? inArray(documents.type, [...query.types]) : undefined,
    // A document dated to a month or year matches when that period overlaps the range; undated ones never do.
    query.issuedFrom ? gte(documents.issuedTo, query.issuedFrom) : undefined,
    query.issuedTo ? lte(documents.issuedFrom, query.issuedTo) : undefined,
    query.authorId ? arrayContains(documents.authorOrganisationIds, [query.authorId]) : undefined,
    searchCondition(documents.searchText, query.search),
  );
}

/** One page of documents in the given order after the cursor position. */
export async function findDocumentPage(
  db: Database,
  query: DocumentPageQuery & PageArguments<DocumentOrder>,
): Promise<{ rows: Array<DocumentRow & { sortValue: string }>; hasNextPage: boolean }> {
  const order = ORDERS[query.orderBy];
  const rows = await db
    .select({ ...getTableColumns(documents), sortValue: order.sortKey })
    .from(documents)
    .where(and(whereOf(query), keysetAfter(order, query.after)))
    .orderBy(...keysetOrderBy(order))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countDocuments(db: Database, query: DocumentPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(documents).where(whereOf(query));
  return result?.total ?? 0;
}
