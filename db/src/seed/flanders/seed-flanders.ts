import { notInArray, type SQL } from 'drizzle-orm';
import { type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { type Database } from '../../client';
import * as tables from '../../schema/flanders';
import { runSeedOnce, upsertRows } from '../run-seed-once';
import { buildFlandersRows } from './build-flanders-rows';
import { readFlandersInputs } from './read-flanders-content';
import { SAMPLE_SEED } from './generate-flemish-samples';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = 'flanders-seed-v2';

/** Deletes the rows a previous version of the seed wrote and this one no longer has. */
async function deleteStale(tx: Database, table: PgTable, key: PgColumn, keep: ReadonlyArray<string | number>) {
  const condition: SQL | undefined = keep.length > 0 ? notInArray(key, [...keep]) : undefined;
  await tx.delete(table).where(condition);
}

/**
 * Loads the Flemish level from db/seed/content (flanders.json, the Flemish entries of named-items.json)
 * and the generated SAMPLE data consistent with its published totals. Idempotent: records are upserted by
 * id, link tables rewritten, records that disappeared from the content deleted, all in one transaction.
 */
export async function seedFlanders(db: Database): Promise<'applied' | 'unchanged'> {
  const inputs = readFlandersInputs();
  return runSeedOnce(db, {
    table: tables.seedState,
    dataset: 'flanders-content',
    inputs: [SEED_VERSION, SAMPLE_SEED, ...inputs.rawInputs],
    apply: async (tx) => {
      const rows = buildFlandersRows(inputs);
      // Link and detail tables have no identity of their own: rewrite them.
      for (const table of [
        tables.emmascanModuleResults,
        tables.emmascanEvaluationMunicipalities,
        tables.coachingTrajectoryMunicipalities,
        tables.helpdeskQuestionCounts,
        tables.helpdeskLocalGovernmentCounts,
        tables.networkMeetings,
        tables.networkProvinces,
        tables.eventOrganisers,
      ]) {
        await tx.delete(table);
      }
      await upsertRows(tx, tables.organisations, tables.organisations.id, rows.organisations);
      await upsertRows(tx, tables.projects, tables.projects.id, rows.projects);
      await upsertRows(tx, tables.offers, tables.offers.id, rows.offers);
      await upsertRows(tx, tables.events, tables.events.id, rows.events);
      await upsertRows(tx, tables.eventOrganisers, [tables.eventOrganisers.eventId, tables.eventOrganisers.organisationId], rows.eventOrganisers);
      await upsertRows(tx, tables.documents, tables.documents.id, rows.documents);
      await upsertRows(tx, tables.networks, tables.networks.id, rows.networks);
      await upsertRows(tx, tables.experts, tables.experts.id, rows.experts);
      await upsertRows(tx, tables.coachingTracks, tables.coachingTracks.track, rows.coachingTracks);
      await upsertRows(tx, tables.coachingTrajectories, tables.coachingTrajectories.id, rows.coachingTrajectories);
      await upsertRows(tx, tables.emmascanModules, tables.emmascanModules.id, rows.emmascanModules);
      await upsertRows(tx, tables.emmascanEvaluations, tables.emmascanEvaluations.id, rows.emmascanEvaluations);
      await upsertRows(tx, tables.helpdeskYears, tables.helpdeskYears.year, rows.helpdeskYears);

      await upsertRows(tx, tables.networkProvinces, [tables.networkProvinces.networkId, tables.networkProvinces.provinceNis], rows.networkProvinces);
      await upsertRows(tx, tables.networkMeetings, tables.networkMeetings.id, rows.networkMeetings);
      await upsertRows(
        tx,
        tables.coachingTrajectoryMunicipalities,
        [tables.coachingTrajectoryMunicipalities.trajectoryId, tables.coachingTrajectoryMunicipalities.nis],
        rows.coachingTrajectoryMunicipalities,
      );
      await upsertRows(
        tx,
        tables.emmascanEvaluationMunicipalities,
        [tables.emmascanEvaluationMunicipalities.evaluationId, tables.emmascanEvaluationMunicipalities.nis],
        rows.emmascanEvaluationMunicipalities,
      );
      await upsertRows(
        tx,
        tables.emmascanModuleResults,
        [tables.emmascanModuleResults.evaluationId, tables.emmascanModuleResults.moduleId],
        rows.emmascanModuleResults,
      );
      await upsertRows(
        tx,
        tables.helpdeskQuestionCounts,
        [tables.helpdeskQuestionCounts.year, tables.helpdeskQuestionCounts.quarter, tables.helpdeskQuestionCounts.provinceNis],
        rows.helpdeskQuestionCounts,
      );
      await upsertRows(
        tx,
        tables.helpdeskLocalGovernmentCounts,
        [tables.helpdeskLocalGovernmentCounts.year, tables.helpdeskLocalGovernmentCounts.provinceNis],
        rows.helpdeskLocalGovernmentCounts,
      );

      // Children before parents, so that no foreign key points at a deleted row.
      await deleteStale(tx, tables.coachingTrajectories, tables.coachingTrajectories.id, rows.coachingTrajectories.map((row) => row.id));
      await deleteStale(tx, tables.emmascanEvaluations, tables.emmascanEvaluations.id, rows.emmascanEvaluations.map((row) => row.id));
      await deleteStale(tx, tables.emmascanModules, tables.emmascanModules.id, rows.emmascanModules.map((row) => row.id));
      await deleteStale(tx, tables.coachingTracks, tables.coachingTracks.track, rows.coachingTracks.map((row) => row.track));
      await deleteStale(tx, tables.helpdeskYears, tables.helpdeskYears.year, rows.helpdeskYears.map((row) => row.year));
      await deleteStale(tx, tables.experts, tables.experts.id, rows.experts.map((row) => row.id));
      await deleteStale(tx, tables.networks, tables.networks.id, rows.networks.map((row) => row.id));
      await deleteStale(tx, tables.documents, tables.documents.id, rows.documents.map((row) => row.id));
      await deleteStale(tx, tables.events, tables.events.id, rows.events.map((row) => row.id));
      await deleteStale(tx, tables.offers, tables.offers.id, rows.offers.map((row) => row.id));
      await deleteStale(tx, tables.projects, tables.projects.id, rows.projects.map((row) => row.id));
      await deleteStale(tx, tables.organisations, tables.organisations.id, rows.organisations.map((row) => row.id));
    },
  });
}
