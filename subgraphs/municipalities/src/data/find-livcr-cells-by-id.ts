import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type LivcrCellRow } from './rows';

const { livcrCells } = municipalitiesTables;

export function findLivcrCellsById(db: Database, ids: readonly string[]): Promise<LivcrCellRow[]> {
  return db.select().from(livcrCells).where(equalsAny(livcrCells.id, ids));
}
