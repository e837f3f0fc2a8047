import { type Database, euPartnersTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count, desc, eq } from 'drizzle-orm';

const { eventOrganisers, events, organisations } = euPartnersTables;

/** Events per organiser, most active first, with the name of this level's organisations (null for other levels'). */
export function countEventsPerOrganiser(db: Database) {
  return db
    .select({
      organisationId: eventOrganisers.organisationId,
      level: eventOrganisers.organisationLevel,
      name: organisations.name,
      value: count(),
      ...countedProvenanceColumns(events),
    })
    .from(eventOrganisers)
    .innerJoin(events, eq(events.id, eventOrganisers.eventId))
    .leftJoin(organisations, eq(organisations.id, eventOrganisers.organisationId))
    .groupBy(eventOrganisers.organisationId, eventOrganisers.organisationLevel, organisations.name)
    .orderBy(desc(count()), asc(eventOrganisers.organisationId));
}
