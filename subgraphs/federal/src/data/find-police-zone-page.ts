import { type Database, federalTables } from '@cohesion/db';
import { ascending, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { policeZones } = federalTables;

const policeZoneList = keysetList({
  name: 'federal-police-zones',
  table: policeZones,
  id: policeZones.id,
  orders: { ID_ASC: ascending(policeZones.id), NAME_ASC: ascending(policeZones.sortKey) },
});

export type PoliceZonePageQuery = { regionIso?: string | undefined; provinceNis?: string | undefined; search?: string | null | undefined };

/** One page of police zones, by zone number or name. */
export function findPoliceZonePage(db: Database, query: PoliceZonePageQuery, page: PageArguments<'ID_ASC' | 'NAME_ASC'>) {
  return policeZoneList.findPage(
    db,
    page,
    and(
      query.regionIso ? eq(policeZones.regionIso, query.regionIso) : undefined,
      query.provinceNis ? eq(policeZones.provinceNis, query.provinceNis) : undefined,
      searchCondition(policeZones.searchText, query.search),
    ),
  );
}
