import { type Database, municipalitiesTables } from '@cohesion/db';
import { ascending, keysetList, searchCondition, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';
import { municipalityColumns } from './find-municipalities-by-nis';

const { municipalities } = municipalitiesTables;

const municipalityList = keysetList({
  name: 'municipalities',
  table: municipalities,
  columns: municipalityColumns,
  id: municipalities.nis,
  orders: { NIS_ASC: ascending(municipalities.nis) },
  // All 565 municipalities fit in one page, for a map.
  maxPageSize: 600,
});

export type MunicipalityPageQuery = {
  regionNis?: string | undefined;
  provinceNis?: string | undefined;
  search?: string | null | undefined;
};

/** One page of municipalities, by NIS code. */
export function findMunicipalityPage(db: Database, query: MunicipalityPageQuery, page: PageArguments<never>) {
  return municipalityList.findPage(
    db,
    page,
    and(
      query.regionNis ? eq(municipalities.regionNis, query.regionNis) : undefined,
      query.provinceNis ? eq(municipalities.provinceNis, query.provinceNis) : undefined,
      searchCondition(municipalities.searchText, query.search),
    ),
  );
}
