import { type Database, federalTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = federalTables;

export function findOrganisationsByParentId(db: Database, parentIds: readonly string[]): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.parentId, [...parentIds]))
    .orderBy(asc(organisations.sortKey), asc(organisations.id));
}
