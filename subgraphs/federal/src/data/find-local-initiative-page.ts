import { type Database, federalTables } from '@cohesion/db';
import { ascending, currentRecords, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { localInitiatives } = federalTables;

const localInitiativeList = keysetList({
  name: 'federal-local-initiatives',
  table: localInitiatives,
  id: localInitiatives.id,
  orders: {
    NAME_ASC: ascending(localInitiatives.sortKey),
    MUNICIPALITY_ASC: ascending(localInitiatives.municipalityNis),
  },
});

export type LocalInitiativePageQuery = {
  includeArchived?: boolean | null | undefined;
  regionIso?: string | undefined;
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  search?: string | null | undefined;
};

/** One page of the local initiatives guide, by name or municipality. */
export function findLocalInitiativePage(
  db: Database,
  query: LocalInitiativePageQuery,
  page: PageArguments<'NAME_ASC' | 'MUNICIPALITY_ASC'>,
) {
  return localInitiativeList.findPage(
    db,
    page,
    and(
      currentRecords(localInitiatives.archivedOn, query.includeArchived),
      query.regionIso ? eq(localInitiatives.regionIso, query.regionIso) : undefined,
      query.provinceNis ? eq(localInitiatives.provinceNis, query.provinceNis) : undefined,
      query.municipalityNis ? eq(localInitiatives.municipalityNis, query.municipalityNis) : undefined,
      searchCondition(localInitiatives.searchText, query.search),
    ),
  );
}
