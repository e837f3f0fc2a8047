import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type LivcrStatusPeriodRow } from './rows';

const { livcrCellStatusPeriods } = municipalitiesTables;

export function findLivcrStatusPeriodsByCellId(db: Database, cellIds: readonly string[]): Promise<LivcrStatusPeriodRow[]> {
  return db
    .select()
    .from(livcrCellStatusPeriods)
    .where(equalsAny(livcrCellStatusPeriods.cellId, cellIds))
    .orderBy(asc(livcrCellStatusPeriods.validFrom));
}
