import { type Database, municipalitiesTables } from '@cohesion/db';
import { and, count, eq, sql } from 'drizzle-orm';
import { validAt } from './valid-at';

const { livcrCells, livcrCellMemberships, livcrCellStatusPeriods, livcrCellMeetingBandChanges } = municipalitiesTables;

/** Every cell that exists on `at` with its area, status, members and meeting band then: the input of the figures. */
export function findLivcrCellFigures(db: Database, query: { at: string; regionNis?: string | undefined }) {
  return db
    .select({
      id: livcrCells.id,
      regionNis: livcrCells.regionNis,
      provinceNis: livcrCells.provinceNis,
      // The band on `at`: the band before the first dated change after it, else today's.
      meetingFrequency: sql<string>`coalesce((select ${livcrCellMeetingBandChanges.previousBand} from ${livcrCellMeetingBandChanges} where ${livcrCellMeetingBandChanges.cellId} = ${livcrCells.id} and ${livcrCellMeetingBandChanges.changedOn} > ${query.at} order by ${livcrCellMeetingBandChanges.changedOn} limit 1), ${livcrCells.meetingFrequency})`,
      status: livcrCellStatusPeriods.status,
      members: count(livcrCellMemberships.municipalityNis),
    })
    .from(livcrCells)
    .innerJoin(
      livcrCellStatusPeriods,
      and(eq(livcrCellStatusPeriods.cellId, livcrCells.id), validAt(livcrCellStatusPeriods.validFrom, livcrCellStatusPeriods.validTo, query.at)),
    )
    .innerJoin(
      livcrCellMemberships,
      and(eq(livcrCellMemberships.cellId, livcrCells.id), validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, query.at)),
    )
    .where(and(validAt(livcrCells.validFrom, livcrCells.validTo, query.at), query.regionNis ? eq(livcrCells.regionNis, query.regionNis) : undefined))
    .groupBy(livcrCells.id, livcrCellStatusPeriods.status);
}
