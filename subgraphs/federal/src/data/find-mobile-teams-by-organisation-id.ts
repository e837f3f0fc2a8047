import { type Database, federalTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type MobileTeamRow } from './rows';

const { mobileTeams } = federalTables;

export function findMobileTeamsByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<MobileTeamRow[]> {
  return db.select().from(mobileTeams).where(inArray(mobileTeams.organisationId, [...organisationIds]));
}
