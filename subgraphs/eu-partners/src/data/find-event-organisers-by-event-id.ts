import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type EventOrganiserRow } from './rows';

const { eventOrganisers } = euPartnersTables;

/** The organisers of the given events, in the order the source lists them. */
export function findEventOrganisersByEventId(db: Database, eventIds: readonly string[]): Promise<EventOrganiserRow[]> {
  return db
    .select()
    .from(eventOrganisers)
    .where(equalsAny(eventOrganisers.eventId, eventIds))
    .orderBy(asc(eventOrganisers.eventId), asc(eventOrganisers.position));
}
