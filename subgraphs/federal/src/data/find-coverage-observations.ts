import { type Database, federalTables } from '@cohesion/db';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { type CoverageObservationRow } from './rows';

const { coverageObservations } = federalTables;

export type CoverageObservationQuery = { area?: string | undefined; from?: string | undefined; to?: string | undefined };

/** The dated observations, oldest first; within a date the national figure first, then the regions. */
export function findCoverageObservations(db: Database, query: CoverageObservationQuery): Promise<CoverageObservationRow[]> {
  return db
    .select()
    .from(coverageObservations)
    .where(
      and(
        query.area ? eq(coverageObservations.area, query.area) : undefined,
        query.from ? gte(coverageObservations.date, query.from) : undefined,
        query.to ? lte(coverageObservations.date, query.to) : undefined,
      ),
    )
    .orderBy(asc(coverageObservations.date), asc(coverageObservations.observationId), asc(coverageObservations.id));
}
