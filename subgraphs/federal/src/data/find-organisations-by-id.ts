import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type OrganisationRow } from './rows';

const { organisations } = federalTables;

export function findOrganisationsById(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(equalsAny(organisations.id, ids));
}
