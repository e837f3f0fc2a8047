import { type Database, flandersTables } from '@cohesion/db';
import { asc } from 'drizzle-orm';
import { type CoachingTrackRow } from './rows';

const { coachingTracks } = flandersTables;

/** The four tracks, in the sources' order. */
export function findCoachingTracks(db: Database): Promise<CoachingTrackRow[]> {
  return db.select().from(coachingTracks).orderBy(asc(coachingTracks.position));
}
