import { type Database, euPartnersTables } from '@cohesion/db';
import {
  ascending,
  currentRecords,
  descending,
  keysetList,
  searchCondition,
  type PageArguments,
} from '@cohesion/kit';
import { and, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';

const { projects, projectPartners } = euPartnersTables;

const projectList = keysetList({
  name: 'eu-projects',
  table: projects,
  id: projects.id,
  orders: {
    START_ASC: ascending(projects.startsOn),
    START_DESC: descending(projects.startsOn),
    NAME_ASC: ascending(projects.sortName),
  },
});

export type ProjectQuery = {
  includeArchived?: boolean | null | undefined;
  /** Only projects running on or after this date. */
  from?: string | undefined;
  /** Only projects running on or before this date. */
  to?: string | undefined;
  organisationId?: string | null | undefined;
  partnerMunicipalityNis?: string | undefined;
  partnerProvinceNis?: string | undefined;
  partnerRegionNis?: string | undefined;
  fundingProgramme?: string | null | undefined;
  search?: string | null | undefined;
};

/**
 * One page of projects, by start or name. A project whose start (or end) the sources do not give matches an
 * activity window only when its known end (or start) alone proves the overlap: unknown bounds never widen a match.
 */
export function findProjectPage(
  db: Database,
  query: ProjectQuery,
  page: PageArguments<'START_ASC' | 'START_DESC' | 'NAME_ASC'>,
) {
  const withPartner = (condition: SQL) =>
    inArray(projects.id, db.select({ id: projectPartners.projectId }).from(projectPartners).where(condition));
  return projectList.findPage(
    db,
    page,
    and(
      currentRecords(projects.archivedOn, query.includeArchived),
      query.from ? gte(sql`coalesce(${projects.endsOn}, ${projects.startsOn})`, query.from) : undefined,
      query.to ? lte(sql`coalesce(${projects.startsOn}, ${projects.endsOn})`, query.to) : undefined,
      query.organisationId
        ? or(
            eq(projects.leadOrganisationId, query.organisationId),
            eq(projects.funderOrganisationId, query.organisationId),
            withPartner(eq(projectPartners.organisationId, query.organisationId)),
          )
        : undefined,
      query.partnerMunicipalityNis
        ? withPartner(eq(projectPartners.municipalityNis, query.partnerMunicipalityNis))
        : undefined,
      query.partnerProvinceNis
        ? withPartner(eq(projectPartners.provinceNis, query.partnerProvinceNis))
        : undefined,
      query.partnerRegionNis ? withPartner(eq(projectPartners.regionNis, query.partnerRegionNis)) : undefined,
      query.fundingProgramme ? eq(projects.fundingProgramme, query.fundingProgramme) : undefined,
      searchCondition(projects.searchText, query.search),
    ),
  );
}
