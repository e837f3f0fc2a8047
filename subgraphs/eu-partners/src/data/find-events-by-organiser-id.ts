import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { type EventRow } from './rows';

const { events, eventOrganisers } = euPartnersTables;

/** The events each of the given organisations organises, oldest first, tagged with the organiser's id. */
export function findEventsByOrganiserId(db: Database, organisationIds: readonly string[]): Promise<Array<EventRow & { organiserId: string }>> {
  return db
    .select({ ...getTableColumns(events), organiserId: eventOrganisers.organisationId })
    .from(eventOrganisers)
    .innerJoin(events, eq(events.id, eventOrganisers.eventId))
    .where(equalsAny(eventOrganisers.organisationId, organisationIds))
    .orderBy(asc(events.date), asc(events.id));
}
