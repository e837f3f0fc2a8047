import { type Database, euPartnersTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count, eq } from 'drizzle-orm';

const { workingGroups, organisations } = euPartnersTables;

export function countWorkingGroupsPerOrganisation(db: Database) {
  return db
    .select({ organisationId: workingGroups.organisationId, name: organisations.name, value: count(), ...countedProvenanceColumns(workingGroups) })
    .from(workingGroups)
    .innerJoin(organisations, eq(organisations.id, workingGroups.organisationId))
    .groupBy(workingGroups.organisationId, organisations.name)
    .orderBy(asc(workingGroups.organisationId));
}
