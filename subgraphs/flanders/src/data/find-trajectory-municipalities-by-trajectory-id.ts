import { type Database, flandersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type TrajectoryMunicipalityRow } from './rows';

const { coachingTrajectoryMunicipalities: members } = flandersTables;

export function findTrajectoryMunicipalitiesByTrajectoryId(db: Database, trajectoryIds: readonly string[]): Promise<TrajectoryMunicipalityRow[]> {
  return db.select().from(members).where(inArray(members.trajectoryId, [...trajectoryIds])).orderBy(asc(members.nis));
}
