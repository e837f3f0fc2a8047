import { type Database } from '@cohesion/db';
import { organisations } from '@cohesion/db/schema/__level-name__';
import { inArray } from 'drizzle-orm';

/** The organisations with these ids, in no particular order (the loader matches them to the keys). */
export function findOrganisationsById(db: Database, ids: readonly string[]) {
  return db.select().from(organisations).where(inArray(organisations.id, [...ids]));
}
