import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type TrajectoryMunicipalityRow } from './rows';

const { coachingTrajectoryMunicipalities: members } = flandersTables;

export function findTrajectoryMunicipalitiesByTrajectoryId(db: Database, trajectoryIds: readonly string[]): Promise<TrajectoryMunicipalityRow[]> {
  return db.select().from(members).where(equalsAny(members.trajectoryId, trajectoryIds)).orderBy(asc(members.nis));
}
