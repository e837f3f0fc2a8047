import { type Database, federalTables } from '@cohesion/db';
import { ascending, currentRecords, descending, equalsAny, keysetList, type PageArguments } from '@cohesion/kit';
import { and, eq, gte, lte } from 'drizzle-orm';

const { mobileTeamVisits } = federalTables;

const visitList = keysetList({
  name: 'federal-mobile-team-visits',
  table: mobileTeamVisits,
  id: mobileTeamVisits.id,
  orders: { DATE_ASC: ascending(mobileTeamVisits.date), DATE_DESC: descending(mobileTeamVisits.date) },
});

export type VisitPageQuery = {
  includeArchived?: boolean | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  regionIso?: string | undefined;
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  topics?: readonly string[] | null | undefined;
};

/** One page of the Mobile Team's visits, by date. */
export function findVisitPage(
  db: Database,
  query: VisitPageQuery,
  page: PageArguments<'DATE_ASC' | 'DATE_DESC'>,
) {
  return visitList.findPage(
    db,
    page,
    and(
      currentRecords(mobileTeamVisits.archivedOn, query.includeArchived),
      query.from ? gte(mobileTeamVisits.date, query.from) : undefined,
      query.to ? lte(mobileTeamVisits.date, query.to) : undefined,
      query.regionIso ? eq(mobileTeamVisits.regionIso, query.regionIso) : undefined,
      query.provinceNis ? eq(mobileTeamVisits.provinceNis, query.provinceNis) : undefined,
      query.municipalityNis ? eq(mobileTeamVisits.municipalityNis, query.municipalityNis) : undefined,
      query.topics?.length ? equalsAny(mobileTeamVisits.topic, query.topics) : undefined,
    ),
  );
}
