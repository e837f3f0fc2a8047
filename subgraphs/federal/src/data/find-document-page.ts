import { type Database, federalTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, gte, lte } from 'drizzle-orm';

const { documents } = federalTables;

// Undated documents (Art. 458ter, Plan R) come last in both date orders.
const documentList = keysetList({
  name: 'federal-documents',
  table: documents,
  id: documents.id,
  orders: {
    DATE_ASC: ascending(documents.date),
    DATE_DESC: descending(documents.date),
    TITLE_ASC: ascending(documents.sortKey),
  },
});

export type DocumentPageQuery = {
  includeArchived?: boolean | null | undefined;
  types?: readonly string[] | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search?: string | null | undefined;
};

/** One page of documents, by date or title. */
export function findDocumentPage(
  db: Database,
  query: DocumentPageQuery,
  page: PageArguments<'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC'>,
) {
  return documentList.findPage(
    db,
    page,
    and(
      currentRecords(documents.archivedOn, query.includeArchived),
      query.types?.length ? equalsAny(documents.type, query.types) : undefined,
      query.from ? gte(documents.date, query.from) : undefined,
      query.to ? lte(documents.date, query.to) : undefined,
      searchCondition(documents.searchText, query.search),
    ),
  );
}
