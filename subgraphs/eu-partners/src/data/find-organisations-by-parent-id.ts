import { type Database, euPartnersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = euPartnersTables;

/** The units of the given organisations (the Council of Europe's Congress and Committee of Ministers). */
export function findOrganisationsByParentId(db: Database, parentIds: readonly string[]): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.parentOrganisationId, [...parentIds]))
    .orderBy(asc(organisations.sortName), asc(organisations.id));
}
