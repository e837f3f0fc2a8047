import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count } from 'drizzle-orm';

const { documents } = walloniaBrusselsTables;

/** Documents per type. */
export function countDocumentsPerType(db: Database) {
  return db
    .select({ type: documents.type, total: count(), ...countedProvenanceColumns(documents) })
    .from(documents).groupBy(documents.type).orderBy(asc(documents.type));
}
