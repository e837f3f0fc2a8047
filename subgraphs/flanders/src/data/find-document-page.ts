import { type Database, flandersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, gte, lte } from 'drizzle-orm';

const { documents } = flandersTables;

const documentList = keysetList({
  name: 'flanders-documents',
  table: documents,
  id: documents.id,
  orders: { DATE_ASC: ascending(documents.date), DATE_DESC: descending(documents.date), TITLE_ASC: ascending(documents.sortTitle) },
});

export type DocumentPageQuery = { includeArchived?: boolean | null | undefined; types?: string[] | undefined; from?: string | undefined; to?: string | undefined; search?: string | null | undefined };

/** One page of documents, by date or title. */
export function findDocumentPage(db: Database, query: DocumentPageQuery, page: PageArguments<'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC'>) {
  return documentList.findPage(
    db,
    page,
    and(
      currentRecords(documents.archivedOn, query.includeArchived),
      query.types ? equalsAny(documents.type, query.types) : undefined,
      query.from ? gte(documents.date, query.from) : undefined,
      query.to ? lte(documents.date, query.to) : undefined,
      searchCondition(documents.searchText, query.search),
    ),
  );
}
