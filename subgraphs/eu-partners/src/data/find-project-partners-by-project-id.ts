import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type ProjectPartnerRow } from './rows';

const { projectPartners } = euPartnersTables;

/** The partners of the given projects, in the order the sources list them. */
export function findProjectPartnersByProjectId(db: Database, projectIds: readonly string[]): Promise<ProjectPartnerRow[]> {
  return db
    .select()
    .from(projectPartners)
    .where(equalsAny(projectPartners.projectId, projectIds))
    .orderBy(asc(projectPartners.projectId), asc(projectPartners.position));
}
