import { type Database, flandersTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type DocumentRow } from './rows';

const { documents } = flandersTables;

export function findDocumentsById(db: Database, ids: readonly string[]): Promise<DocumentRow[]> {
  return db.select().from(documents).where(inArray(documents.id, [...ids]));
}
