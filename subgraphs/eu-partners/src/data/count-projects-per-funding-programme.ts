import { type Database, euPartnersTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { count, sql } from 'drizzle-orm';

const { projects } = euPartnersTables;

/** Projects per funding programme; null for projects whose programme the sources do not name (listed last). */
export function countProjectsPerFundingProgramme(db: Database) {
  return db
    .select({ fundingProgramme: projects.fundingProgramme, value: count(), ...countedProvenanceColumns(projects) })
    .from(projects)
    .groupBy(projects.fundingProgramme)
    .orderBy(sql`${projects.fundingProgramme} asc nulls last`);
}
