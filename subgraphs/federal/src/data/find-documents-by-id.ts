import { type Database, federalTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type DocumentRow } from './rows';

const { documents } = federalTables;

export function findDocumentsById(db: Database, ids: readonly string[]): Promise<DocumentRow[]> {
  return db.select().from(documents).where(inArray(documents.id, [...ids]));
}
