import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type MobileTeamRow } from './rows';

const { mobileTeams } = federalTables;

export function findMobileTeamsByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<MobileTeamRow[]> {
  return db.select().from(mobileTeams).where(equalsAny(mobileTeams.organisationId, organisationIds));
}
