import { type Database, flandersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = flandersTables;

export function findOrganisationsById(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(inArray(organisations.id, [...ids]));
}

/** The members of the given expert pools, by name. */
export function findOrganisationsByExpertPoolId(db: Database, poolIds: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(inArray(organisations.expertPoolId, [...poolIds])).orderBy(asc(organisations.sortName));
}
