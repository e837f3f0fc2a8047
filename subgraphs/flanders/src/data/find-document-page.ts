import { type Database, flandersTables } from '@cohesion/db';
import { and, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, searchCondition, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type DocumentRow } from './rows';

const { documents } = flandersTables;

export const DOCUMENT_ORDERS: Record<'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC', SortSpec<DocumentRow>> = {
  DATE_ASC: { column: documents.date, direction: 'asc', valueOf: (row) => row.date },
  DATE_DESC: { column: documents.date, direction: 'desc', valueOf: (row) => row.date },
  TITLE_ASC: { column: documents.sortTitle, direction: 'asc', valueOf: (row) => row.sortTitle },
};

export type DocumentPageQuery = { types?: string[] | undefined; from?: string | undefined; to?: string | undefined; search?: string | undefined };

function whereOf(query: DocumentPageQuery): SQL | undefined {
  return and(
    query.types ? inArray(documents.type, query.types) : undefined,
    query.from ? gte(documents.date, query.from) : undefined,
    query.to ? lte(documents.date, query.to) : undefined,
    searchCondition(documents.searchText, query.search),
  );
}

export async function findDocumentPage(db: Database, query: DocumentPageQuery & { sort: SortSpec<DocumentRow>; after?: KeysetPosition | undefined; first: number }) {
  const rows = await db
    .select()
    .from(documents)
    .where(and(whereOf(query), afterPosition(query.sort, documents.id, query.after)))
    .orderBy(...keysetOrder(query.sort, documents.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countDocuments(db: Database, query: DocumentPageQuery): Promise<number> {
  return countRows(db, documents, whereOf(query));
}
