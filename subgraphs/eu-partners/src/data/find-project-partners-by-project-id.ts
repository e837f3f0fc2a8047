import { type Database, euPartnersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type ProjectPartnerRow } from './rows';

const { projectPartners } = euPartnersTables;

/** The partners of the given projects, in the order the sources list them. */
export function findProjectPartnersByProjectId(db: Database, projectIds: readonly string[]): Promise<ProjectPartnerRow[]> {
  return db
    .select()
    .from(projectPartners)
    .where(inArray(projectPartners.projectId, [...projectIds]))
    .orderBy(asc(projectPartners.projectId), asc(projectPartners.position));
}
