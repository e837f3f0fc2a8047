import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type DocumentRow } from './rows';

const { documents } = flandersTables;

export function findDocumentsById(db: Database, ids: readonly string[]): Promise<DocumentRow[]> {
  return db.select().from(documents).where(equalsAny(documents.id, ids));
}
