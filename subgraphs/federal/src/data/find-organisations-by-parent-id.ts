import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = federalTables;

export function findOrganisationsByParentId(db: Database, parentIds: readonly string[]): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(equalsAny(organisations.parentId, parentIds))
    .orderBy(asc(organisations.sortKey), asc(organisations.id));
}
