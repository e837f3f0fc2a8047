import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { type TrajectoryRow } from './rows';

const { coachingTrajectories: trajectories, coachingTrajectoryMunicipalities: members } = flandersTables;

/** The trajectories of the given municipalities: one row per trajectory and municipality, oldest first. */
export function findCoachingTrajectoriesByMunicipalityNis(db: Database, nis: readonly string[]): Promise<Array<TrajectoryRow & { nis: string }>> {
  return db
    .select({ ...getTableColumns(trajectories), nis: members.nis })
    .from(members)
    .innerJoin(trajectories, eq(trajectories.id, members.trajectoryId))
    .where(equalsAny(members.nis, nis))
    .orderBy(asc(trajectories.startedOn), asc(trajectories.id));
}
