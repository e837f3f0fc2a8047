import { type Database, federalTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type DocumentRow } from './rows';

const { documents } = federalTables;

/** The documents that replaced the given ones. */
export function findDocumentsByReplacesId(db: Database, replacedIds: readonly string[]): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(inArray(documents.replacesId, [...replacedIds]))
    .orderBy(asc(documents.date), asc(documents.id));
}
