import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';

const { livcrCellMeetingBandChanges } = municipalitiesTables;

/** The dated meeting-band changes of cells, oldest first. */
export function findLivcrMeetingBandChangesByCellId(db: Database, cellIds: readonly string[]) {
  return db
    .select()
    .from(livcrCellMeetingBandChanges)
    .where(equalsAny(livcrCellMeetingBandChanges.cellId, cellIds))
    .orderBy(asc(livcrCellMeetingBandChanges.changedOn));
}
