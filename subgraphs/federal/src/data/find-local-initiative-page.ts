import { type Database, federalTables } from '@cohesion/db';
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { type LocalInitiativeRow, type PageWindow } from './rows';
import { searchCondition } from './search-condition';
import { takePage } from './take-page';

const { localInitiatives } = federalTables;

export type LocalInitiativePageQuery = {
  regionIso?: string | undefined;
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  search?: string | undefined;
};
export type LocalInitiativeOrder = 'NAME_ASC' | 'MUNICIPALITY_ASC';

function whereOf(query: LocalInitiativePageQuery): SQL | undefined {
  return and(
    query.regionIso ? eq(localInitiatives.regionIso, query.regionIso) : undefined,
    query.provinceNis ? eq(localInitiatives.provinceNis, query.provinceNis) : undefined,
    query.municipalityNis ? eq(localInitiatives.municipalityNis, query.municipalityNis) : undefined,
    searchCondition(localInitiatives.searchText, query.search),
  );
}

const ORDER: Record<LocalInitiativeOrder, SQL[]> = {
  NAME_ASC: [asc(localInitiatives.sortKey), asc(localInitiatives.id)],
  MUNICIPALITY_ASC: [asc(localInitiatives.municipalityNis), asc(localInitiatives.id)],
};

export async function findLocalInitiativePage(db: Database, query: LocalInitiativePageQuery, order: LocalInitiativeOrder, window: PageWindow) {
  const rows: LocalInitiativeRow[] = await db
    .select()
    .from(localInitiatives)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countLocalInitiatives(db: Database, query: LocalInitiativePageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(localInitiatives).where(whereOf(query));
  return result?.total ?? 0;
}
