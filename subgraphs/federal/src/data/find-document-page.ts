import { type Database, federalTables } from '@cohesion/db';
import { and, asc, count, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { type DocumentRow, type PageWindow } from './rows';
import { searchCondition } from './search-condition';
import { takePage } from './take-page';

const { documents } = federalTables;

export type DocumentPageQuery = {
  types?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search?: string | undefined;
};
export type DocumentOrder = 'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC';

function whereOf(query: DocumentPageQuery): SQL | undefined {
  return and(
    query.types?.length ? inArray(documents.type, [...query.types]) : undefined,
    query.from ? gte(documents.date, query.from) : undefined,
    query.to ? lte(documents.date, query.to) : undefined,
    searchCondition(documents.searchText, query.search),
  );
}

// Undated documents (Art. 458ter, Plan R) come last in both date orders.
const ORDER: Record<DocumentOrder, SQL[]> = {
  DATE_ASC: [sql`${documents.date} asc nulls last`, asc(documents.id)],
  DATE_DESC: [sql`${documents.date} desc nulls last`, asc(documents.id)],
  TITLE_ASC: [asc(documents.sortKey), asc(documents.id)],
};

export async function findDocumentPage(db: Database, query: DocumentPageQuery, order: DocumentOrder, window: PageWindow) {
  const rows: DocumentRow[] = await db
    .select()
    .from(documents)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countDocuments(db: Database, query: DocumentPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(documents).where(whereOf(query));
  return result?.total ?? 0;
}
