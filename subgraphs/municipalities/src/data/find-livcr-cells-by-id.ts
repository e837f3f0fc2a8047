import { type Database, municipalitiesTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type LivcrCellRow } from './rows';

const { livcrCells } = municipalitiesTables;

export function findLivcrCellsById(db: Database, ids: readonly string[]): Promise<LivcrCellRow[]> {
  return db.select().from(livcrCells).where(inArray(livcrCells.id, [...ids]));
}
