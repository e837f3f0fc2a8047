import { type Database, euPartnersTables } from '@cohesion/db';
import { asc, count } from 'drizzle-orm';

const { documents } = euPartnersTables;

export function countDocumentsPerType(db: Database) {
  return db.select({ type: documents.type, value: count() }).from(documents).groupBy(documents.type).orderBy(asc(documents.type));
}
