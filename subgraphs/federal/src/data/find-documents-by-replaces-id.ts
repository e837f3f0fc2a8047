import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type DocumentRow } from './rows';

const { documents } = federalTables;

/** The documents that replaced the given ones. */
export function findDocumentsByReplacesId(db: Database, replacedIds: readonly string[]): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(equalsAny(documents.replacesId, replacedIds))
    .orderBy(asc(documents.date), asc(documents.id));
}
