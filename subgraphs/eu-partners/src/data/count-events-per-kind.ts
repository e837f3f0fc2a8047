import { type Database, euPartnersTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count } from 'drizzle-orm';

const { events } = euPartnersTables;

export function countEventsPerKind(db: Database) {
  return db
    .select({ kind: events.kind, value: count(), ...countedProvenanceColumns(events) })
    .from(events).groupBy(events.kind).orderBy(asc(events.kind));
}
