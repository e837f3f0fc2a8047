import { type Database, federalTables } from '@cohesion/db';
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { type PageWindow, type PoliceZoneRow } from './rows';
import { searchCondition } from './search-condition';
import { takePage } from './take-page';

const { policeZones } = federalTables;

export type PoliceZonePageQuery = { regionIso?: string | undefined; provinceNis?: string | undefined; search?: string | undefined };
export type PoliceZoneOrder = 'ID_ASC' | 'NAME_ASC';

function whereOf(query: PoliceZonePageQuery): SQL | undefined {
  return and(
    query.regionIso ? eq(policeZones.regionIso, query.regionIso) : undefined,
    query.provinceNis ? eq(policeZones.provinceNis, query.provinceNis) : undefined,
    searchCondition(policeZones.searchText, query.search),
  );
}

const ORDER: Record<PoliceZoneOrder, SQL[]> = {
  ID_ASC: [asc(policeZones.id)],
  NAME_ASC: [asc(policeZones.sortKey), asc(policeZones.id)],
};

export async function findPoliceZonePage(db: Database, query: PoliceZonePageQuery, order: PoliceZoneOrder, window: PageWindow) {
  const rows: PoliceZoneRow[] = await db
    .select()
    .from(policeZones)
    .where(whereOf(query))
    .orderBy(...ORDER[order])
    .limit(window.limit + 1)
    .offset(window.offset);
  return takePage(rows, window);
}

export async function countPoliceZones(db: Database, query: PoliceZonePageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(policeZones).where(whereOf(query));
  return result?.total ?? 0;
}
