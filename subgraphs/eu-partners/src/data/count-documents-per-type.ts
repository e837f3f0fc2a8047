import { type Database, euPartnersTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count } from 'drizzle-orm';

const { documents } = euPartnersTables;

export function countDocumentsPerType(db: Database) {
  return db
    .select({ type: documents.type, value: count(), ...countedProvenanceColumns(documents) })
    .from(documents).groupBy(documents.type).orderBy(asc(documents.type));
}
