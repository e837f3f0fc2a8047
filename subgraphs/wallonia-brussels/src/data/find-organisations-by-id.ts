import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = walloniaBrusselsTables;

export function findOrganisationsById(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(equalsAny(organisations.id, ids));
}

/** The units of the given organisations (e.g. Bravvo's cell PRE RAD), by name. */
export function findOrganisationsByParentId(db: Database, parentIds: readonly string[]): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(equalsAny(organisations.parentOrganisationId, parentIds))
    .orderBy(asc(organisations.sortName), asc(organisations.id));
}
