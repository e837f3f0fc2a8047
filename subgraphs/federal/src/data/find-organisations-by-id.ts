import { type Database, federalTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type OrganisationRow } from './rows';

const { organisations } = federalTables;

export function findOrganisationsById(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(inArray(organisations.id, [...ids]));
}
