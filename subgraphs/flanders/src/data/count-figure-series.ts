import { type Database, flandersTables } from '@cohesion/db';
import { asc, count, countDistinct, eq, isNotNull, sql } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';

const { events, offers, helpdeskYears, coachingTracks, coachingTrajectories, coachingTrajectoryMunicipalities, emmascanEvaluations, documents } =
  flandersTables;

/** The public series; the helpdesk detail series are read with the helpdesk detail only. */
export type PublicFigureSeries =
  | 'EVENTS_PER_MONTH'
  | 'OFFERS_PER_ORGANISATION_AND_KIND'
  | 'HELPDESK_QUESTIONS_PER_YEAR'
  | 'HELPDESK_LOCAL_GOVERNMENTS_PER_YEAR'
  | 'COACHING_TRAJECTORIES_PER_TRACK'
  | 'COACHING_TRAJECTORIES_PER_START_YEAR'
  | 'COACHED_MUNICIPALITIES_PER_PROVINCE'
  | 'EMMASCAN_EVALUATIONS_PER_YEAR'
  | 'DOCUMENTS_PER_TYPE';

/** One grouped count: its keys, the count, whether any counted record is SAMPLE, and the latest reference date. */
export type FigureCount = {
  year?: number | null;
  month?: string | null;
  provinceNis?: string | null;
  organisationId?: string | null;
  offerKind?: string | null;
  track?: string | null;
  documentType?: string | null;
  value: number;
  sample: boolean;
  referenceDate: string | null;
};

function provenanceAggregates(table: { sourceKind: PgColumn; referenceDate: PgColumn }) {
  return {
    sample: sql<boolean>`coalesce(bool_or(${table.sourceKind} = 'SAMPLE'), false)`,
    referenceDate: sql<string | null>`max(${table.referenceDate})`,
  };
}

const yearOf = (column: PgColumn) => sql<number>`extract(year from ${column})::int`.mapWith(Number);

/** Counts one figure series with a single GROUP BY statement. */
export async function countFigureSeries(db: Database, series: PublicFigureSeries): Promise<FigureCount[]> {
  switch (series) {
    case 'EVENTS_PER_MONTH': {
      const month = sql<string>`to_char(${events.date}, 'YYYY-MM')`;
      return db
        .select({ month, value: count(), ...provenanceAggregates(events) })
        .from(events)
        .where(isNotNull(events.date))
        .groupBy(month)
        .orderBy(month);
    }
    case 'OFFERS_PER_ORGANISATION_AND_KIND':
      return db
        .select({ organisationId: offers.organisationId, offerKind: offers.kind, value: count(), ...provenanceAggregates(offers) })
        .from(offers)
        .groupBy(offers.organisationId, offers.kind)
        .orderBy(asc(offers.organisationId), asc(offers.kind));
    case 'HELPDESK_QUESTIONS_PER_YEAR':
    case 'HELPDESK_LOCAL_GOVERNMENTS_PER_YEAR': {
      const column = series === 'HELPDESK_QUESTIONS_PER_YEAR' ? helpdeskYears.questions : helpdeskYears.localGovernments;
      return db
        .select({ year: helpdeskYears.year, value: sql<number>`${column}`.mapWith(Number), ...provenanceAggregates(helpdeskYears) })
        .from(helpdeskYears)
        .groupBy(helpdeskYears.year, column)
        .orderBy(asc(helpdeskYears.year));
    }
    case 'COACHING_TRAJECTORIES_PER_TRACK':
      return db
        .select({
          track: coachingTracks.track,
          value: count(coachingTrajectories.id),
          ...provenanceAggregates(coachingTrajectories),
          // A track without trajectories still has the date of its own source.
          referenceDate: sql<string | null>`coalesce(max(${coachingTrajectories.referenceDate}), max(${coachingTracks.referenceDate}))`,
        })
        .from(coachingTracks)
        .leftJoin(coachingTrajectories, eq(coachingTrajectories.track, coachingTracks.track))
        .groupBy(coachingTracks.track, coachingTracks.position)
        .orderBy(asc(coachingTracks.position));
    case 'COACHING_TRAJECTORIES_PER_START_YEAR': {
      const year = yearOf(coachingTrajectories.startedOn);
      return db
        .select({ year, value: count(), ...provenanceAggregates(coachingTrajectories) })
        .from(coachingTrajectories)
        .groupBy(year)
        .orderBy(year);
    }
    case 'COACHED_MUNICIPALITIES_PER_PROVINCE':
      return db
        .select({
          provinceNis: coachingTrajectoryMunicipalities.provinceNis,
          value: countDistinct(coachingTrajectoryMunicipalities.nis),
          ...provenanceAggregates(coachingTrajectories),
        })
        .from(coachingTrajectoryMunicipalities)
        .innerJoin(coachingTrajectories, eq(coachingTrajectories.id, coachingTrajectoryMunicipalities.trajectoryId))
        .groupBy(coachingTrajectoryMunicipalities.provinceNis)
        .orderBy(asc(coachingTrajectoryMunicipalities.provinceNis));
    case 'EMMASCAN_EVALUATIONS_PER_YEAR': {
      const year = yearOf(emmascanEvaluations.evaluatedOn);
      return db
        .select({ year, value: count(), ...provenanceAggregates(emmascanEvaluations) })
        .from(emmascanEvaluations)
        .groupBy(year)
        .orderBy(year);
    }
    case 'DOCUMENTS_PER_TYPE':
      return db
        .select({ documentType: documents.type, value: count(), ...provenanceAggregates(documents) })
        .from(documents)
        .groupBy(documents.type)
        .orderBy(asc(documents.type));
  }
}
