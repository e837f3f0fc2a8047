import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type WorkingGroupRow } from './rows';

const { workingGroups } = euPartnersTables;

/** The working groups and committees of the given organisations, by name. */
export function findWorkingGroupsByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<WorkingGroupRow[]> {
  return db
    .select()
    .from(workingGroups)
    .where(equalsAny(workingGroups.organisationId, organisationIds))
    .orderBy(asc(workingGroups.sortName), asc(workingGroups.id));
}
