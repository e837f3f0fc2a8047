import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { and, asc, count, gte, lte, sql } from 'drizzle-orm';

const { events } = walloniaBrusselsTables;

/** Events per calendar month (`YYYY-MM`), oldest first, optionally between two dates. */
export function countEventsPerMonth(db: Database, range: { from?: string | undefined; to?: string | undefined }) {
  const month = sql<string>`to_char(${events.date}, 'YYYY-MM')`;
  return db
    .select({ month, total: count(), ...countedProvenanceColumns(events) })
    .from(events)
    .where(and(range.from ? gte(events.date, range.from) : undefined, range.to ? lte(events.date, range.to) : undefined))
    .groupBy(month)
    .orderBy(asc(month));
}
