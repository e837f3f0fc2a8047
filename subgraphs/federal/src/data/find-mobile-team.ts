import { type Database, federalTables } from '@cohesion/db';
import { asc } from 'drizzle-orm';
import { type MobileTeamRow } from './rows';

const { mobileTeams } = federalTables;

/** The Mobile Team (the federal level has one); null before the seed ran. */
export async function findMobileTeam(db: Database): Promise<MobileTeamRow | null> {
  const [row] = await db.select().from(mobileTeams).orderBy(asc(mobileTeams.organisationId)).limit(1);
  return row ?? null;
}
