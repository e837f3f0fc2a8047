import { type Database, euPartnersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type WorkingGroupRow } from './rows';

const { workingGroups } = euPartnersTables;

/** The working groups and committees of the given organisations, by name. */
export function findWorkingGroupsByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<WorkingGroupRow[]> {
  return db
    .select()
    .from(workingGroups)
    .where(inArray(workingGroups.organisationId, [...organisationIds]))
    .orderBy(asc(workingGroups.sortName), asc(workingGroups.id));
}
