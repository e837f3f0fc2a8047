import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq, getTableColumns, or } from 'drizzle-orm';
import { type ProjectRow } from './rows';

const { projects, projectPartners } = euPartnersTables;

/**
 * The projects each of the given organisations leads, funds or partners, tagged with the organisation's id:
 * one query for leads and funders, one for partners, whatever the number of organisations.
 */
export async function findProjectsByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<Array<ProjectRow & { organisationId: string }>> {
  const ids = [...organisationIds];
  const [ledOrFunded, partnered] = await Promise.all([
    db
      .select()
      .from(projects)
      .where(or(equalsAny(projects.leadOrganisationId, ids), equalsAny(projects.funderOrganisationId, ids)))
      .orderBy(asc(projects.endsOn), asc(projects.id)),
    db
      .select({ ...getTableColumns(projects), organisationId: projectPartners.organisationId })
      .from(projectPartners)
      .innerJoin(projects, eq(projects.id, projectPartners.projectId))
      .where(equalsAny(projectPartners.organisationId, ids))
      .orderBy(asc(projects.endsOn), asc(projects.id)),
  ]);
  const tagged = [
    ...ledOrFunded.flatMap((project) =>
      [...new Set([project.leadOrganisationId, project.funderOrganisationId])]
        .filter((id): id is string => id !== null && ids.includes(id))
        .map((organisationId) => ({ ...project, organisationId })),
    ),
    ...partnered.map((project) => ({ ...project, organisationId: project.organisationId as string })),
  ];
  const seen = new Set<string>();
  return tagged
    .filter((project) => {
      const key = `${project.organisationId}\u0000${project.id}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.endsOn ?? '').localeCompare(b.endsOn ?? '') || a.id.localeCompare(b.id));
}
