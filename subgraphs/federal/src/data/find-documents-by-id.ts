import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type DocumentRow } from './rows';

const { documents } = federalTables;

export function findDocumentsById(db: Database, ids: readonly string[]): Promise<DocumentRow[]> {
  return db.select().from(documents).where(equalsAny(documents.id, ids));
}
