import { type Database, euPartnersTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq, gte, lte } from 'drizzle-orm';

const { documents } = euPartnersTables;

const documentList = keysetList({
  name: 'eu-documents',
  table: documents,
  id: documents.id,
  orders: {
    DATE_ASC: ascending(documents.dateFrom),
    DATE_DESC: descending(documents.dateFrom),
    TITLE_ASC: ascending(documents.sortTitle),
  },
});

export type DocumentQuery = {
  includeArchived?: boolean | null | undefined;
  types?: readonly string[] | null | undefined;
  issuingOrganisationId?: string | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search?: string | null | undefined;
};

/** One page of documents, by date or title. A document dated "2015" spans the whole year: it matches a date range that overlaps that year. */
export function findDocumentPage(
  db: Database,
  query: DocumentQuery,
  page: PageArguments<'DATE_ASC' | 'DATE_DESC' | 'TITLE_ASC'>,
) {
  return documentList.findPage(
    db,
    page,
    and(
      currentRecords(documents.archivedOn, query.includeArchived),
      query.types?.length ? equalsAny(documents.type, query.types) : undefined,
      query.issuingOrganisationId
        ? eq(documents.issuingOrganisationId, query.issuingOrganisationId)
        : undefined,
      query.from ? gte(documents.dateTo, query.from) : undefined,
      query.to ? lte(documents.dateFrom, query.to) : undefined,
      searchCondition(documents.searchText, query.search),
    ),
  );
}
