import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type MeetingRow } from './rows';

const { networkMeetings } = flandersTables;

export function findMeetingsByNetworkId(db: Database, networkIds: readonly string[]): Promise<MeetingRow[]> {
  return db.select().from(networkMeetings).where(equalsAny(networkMeetings.networkId, networkIds)).orderBy(asc(networkMeetings.date), asc(networkMeetings.id));
}
