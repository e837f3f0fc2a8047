import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = flandersTables;

export function findOrganisationsById(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(equalsAny(organisations.id, ids));
}

/** The members of the given expert pools, by name. */
export function findOrganisationsByExpertPoolId(db: Database, poolIds: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(equalsAny(organisations.expertPoolId, poolIds)).orderBy(asc(organisations.sortName));
}
