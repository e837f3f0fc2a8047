import { type Database, euPartnersTables } from '@cohesion/db';
import { and, count, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest, searchCondition } from './keyset';
import { type ProjectRow } from './rows';

const { projects, projectPartners } = euPartnersTables;

export type ProjectQuery = {
  activeFrom?: string | undefined;
  activeTo?: string | undefined;
  organisationId?: string | undefined;
  partnerMunicipalityNis?: string | undefined;
  partnerProvinceNis?: string | undefined;
  partnerRegionNis?: string | undefined;
  fundingProgramme?: string | undefined;
  search?: string | undefined;
};

export const PROJECT_ORDERINGS = {
  START_ASC: { column: projects.startsOn, direction: 'asc', valueOf: (row) => row.startsOn },
  START_DESC: { column: projects.startsOn, direction: 'desc', valueOf: (row) => row.startsOn },
  NAME_ASC: { column: projects.sortName, direction: 'asc', valueOf: (row) => row.sortName },
} satisfies Record<string, Ordering<ProjectRow>>;

function withPartner(db: Database, condition: SQL) {
  return inArray(projects.id, db.select({ id: projectPartners.projectId }).from(projectPartners).where(condition));
}

// A project whose start (or end) the sources do not give matches an activity window only when its known end
// (or start) alone proves the overlap: unknown bounds never widen a match.
function whereOf(db: Database, query: ProjectQuery): SQL | undefined {
  return and(
    query.activeFrom ? gte(sql`coalesce(${projects.endsOn}, ${projects.startsOn})`, query.activeFrom) : undefined,
    query.activeTo ? lte(sql`coalesce(${projects.startsOn}, ${projects.endsOn})`, query.activeTo) : undefined,
    query.organisationId
      ? or(
          eq(projects.leadOrganisationId, query.organisationId),
          eq(projects.funderOrganisationId, query.organisationId),
          withPartner(db, eq(projectPartners.organisationId, query.organisationId)),
        )
      : undefined,
    query.partnerMunicipalityNis ? withPartner(db, eq(projectPartners.municipalityNis, query.partnerMunicipalityNis)) : undefined,
    query.partnerProvinceNis ? withPartner(db, eq(projectPartners.provinceNis, query.partnerProvinceNis)) : undefined,
    query.partnerRegionNis ? withPartner(db, eq(projectPartners.regionNis, query.partnerRegionNis)) : undefined,
    query.fundingProgramme ? eq(projects.fundingProgramme, query.fundingProgramme) : undefined,
    searchCondition(projects.searchText, query.search),
  );
}

/** One page of projects after the cursor position, reading one row more to know whether another follows. */
export async function findProjectPage(db: Database, query: ProjectQuery, page: PageRequest<ProjectRow>) {
  const rows = await db
    .select()
    .from(projects)
    .where(and(whereOf(db, query), keysetAfter(page.ordering, projects.id, page.after)))
    .orderBy(...keysetOrder(page.ordering, projects.id))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countProjects(db: Database, query: ProjectQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(projects).where(whereOf(db, query));
  return result?.total ?? 0;
}
