import { DATABASE_CASING, type Database } from '@cohesion/db';
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import { type PgColumn, type PgTable, QueryBuilder } from 'drizzle-orm/pg-core';
import type DataLoader from 'dataloader';
import { equalsAny } from './equals-any';
import { createGroupedLoader } from './loaders';

/** A level's `event_organisers` table (db's `eventOrganisersTable`): who organised an event, in order. */
export type EventOrganisersTable = PgTable & { eventId: PgColumn; organisationId: PgColumn; position: PgColumn };

/** One organiser of one event. */
export type EventOrganiser = { eventId: string; organisationId: string };

/**
 * A where-condition on a level's events: those the organisation organised. The subquery is built without a
 * database handle, so it fits in a level's `and(...)` of filters; the index on `organisation_id` serves it.
 */
export function organisedBy(organisers: EventOrganisersTable, eventId: PgColumn, organisationId: string): SQL {
  const eventIds = new QueryBuilder({ casing: DATABASE_CASING }).select({ eventId: organisers.eventId }).from(organisers).where(eq(organisers.organisationId, organisationId));
  return inArray(eventId, eventIds);
}

/** Per request: the organisers of each event, in the source's order, in one query per batch of events. */
export function createEventOrganisersLoader(db: Database, organisers: EventOrganisersTable): DataLoader<string, EventOrganiser[]> {
  return createGroupedLoader(
    (eventIds: readonly string[]) =>
      db
        .select({ eventId: organisers.eventId, organisationId: organisers.organisationId })
        .from(organisers)
        .where(equalsAny(organisers.eventId, eventIds))
        .orderBy(asc(organisers.eventId), asc(organisers.position)) as Promise<EventOrganiser[]>,
    (row) => row.eventId,
  );
}
