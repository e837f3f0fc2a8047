import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, arrayContains, gte, lte } from 'drizzle-orm';

const { documents } = walloniaBrusselsTables;

const documentList = keysetList({
  name: 'wallonia-brussels-documents',
  table: documents,
  id: documents.id,
  orders: { DATE_ASC: ascending(documents.issuedFrom), DATE_DESC: descending(documents.issuedFrom), TITLE_ASC: ascending(documents.sortTitle) },
});

export type DocumentPageQuery = {
  /** Archived records too (left out by default). */
  includeArchived?: boolean | null | undefined;
  types?: readonly string[] | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  authorId?: string | null | undefined;
  search?: string | null | undefined;
};

/** One page of documents, by issue date (undated last) or title. */
export function findDocumentPage(db: Database, query: DocumentPageQuery, page: PageArguments<'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC'>) {
  return documentList.findPage(
    db,
    page,
    and(
      currentRecords(documents.archivedOn, query.includeArchived),
      query.types ? equalsAny(documents.type, query.types) : undefined,
      // A document dated to a month or year matches when that period overlaps the range; undated ones never do.
      query.from ? gte(documents.issuedTo, query.from) : undefined,
      query.to ? lte(documents.issuedFrom, query.to) : undefined,
      query.authorId ? arrayContains(documents.authorOrganisationIds, [query.authorId]) : undefined,
      searchCondition(documents.searchText, query.search),
    ),
  );
}
