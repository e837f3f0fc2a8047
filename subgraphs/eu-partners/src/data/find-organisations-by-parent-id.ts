import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = euPartnersTables;

/** The units of the given organisations (the Council of Europe's Congress and Committee of Ministers). */
export function findOrganisationsByParentId(db: Database, parentIds: readonly string[]): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(equalsAny(organisations.parentOrganisationId, parentIds))
    .orderBy(asc(organisations.sortName), asc(organisations.id));
}
