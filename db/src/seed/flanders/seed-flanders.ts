import { type Database } from '../../client';
import * as tables from '../../schema/flanders';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';
import { buildFlandersRows } from './build-flanders-rows';
import { readFlandersInputs } from './read-flanders-content';
import { SAMPLE_SEED } from './generate-flemish-samples';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = 'flanders-seed-v2';

/**
 * Loads the Flemish level from db/seed/content (flanders.json, the Flemish entries of named-items.json)
 * and the generated SAMPLE data consistent with its published totals. Idempotent: records are upserted by
 * key and the rows that disappeared from the content deleted, all in one transaction (runSeedOnce).
 */
export async function seedFlanders(db: Database, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  const inputs = readFlandersInputs();
  return runSeedOnce(db, {
    ...options,
    table: tables.seedState,
    dataset: 'flanders-content',
    inputs: [SEED_VERSION, SAMPLE_SEED, ...inputs.rawInputs],
    apply: async ({ replaceRows }) => {
      const rows = buildFlandersRows(inputs);
      await replaceRows(tables.organisations, tables.organisations.id, rows.organisations);
      await replaceRows(tables.projects, tables.projects.id, rows.projects);
      await replaceRows(tables.offers, tables.offers.id, rows.offers);
      await replaceRows(tables.events, tables.events.id, rows.events);
      await replaceRows(tables.eventOrganisers, [tables.eventOrganisers.eventId, tables.eventOrganisers.organisationId], rows.eventOrganisers);
      await replaceRows(tables.documents, tables.documents.id, rows.documents);
      await replaceRows(tables.networks, tables.networks.id, rows.networks);
      await replaceRows(tables.experts, tables.experts.id, rows.experts);
      await replaceRows(tables.coachingTracks, tables.coachingTracks.track, rows.coachingTracks);
      await replaceRows(tables.coachingTrajectories, tables.coachingTrajectories.id, rows.coachingTrajectories);
      await replaceRows(tables.emmascanModules, tables.emmascanModules.id, rows.emmascanModules);
      await replaceRows(tables.emmascanEvaluations, tables.emmascanEvaluations.id, rows.emmascanEvaluations);
      await replaceRows(tables.helpdeskYears, tables.helpdeskYears.year, rows.helpdeskYears);

      await replaceRows(tables.networkProvinces, [tables.networkProvinces.networkId, tables.networkProvinces.provinceNis], rows.networkProvinces);
      await replaceRows(tables.networkMeetings, tables.networkMeetings.id, rows.networkMeetings);
      await replaceRows(tables.coachingTrajectoryMunicipalities,
        [tables.coachingTrajectoryMunicipalities.trajectoryId, tables.coachingTrajectoryMunicipalities.nis],
        rows.coachingTrajectoryMunicipalities,
      );
      await replaceRows(tables.emmascanEvaluationMunicipalities,
        [tables.emmascanEvaluationMunicipalities.evaluationId, tables.emmascanEvaluationMunicipalities.nis],
        rows.emmascanEvaluationMunicipalities,
      );
      await replaceRows(tables.emmascanModuleResults,
        [tables.emmascanModuleResults.evaluationId, tables.emmascanModuleResults.moduleId],
        rows.emmascanModuleResults,
      );
      await replaceRows(tables.helpdeskQuestionCounts,
        [tables.helpdeskQuestionCounts.year, tables.helpdeskQuestionCounts.quarter, tables.helpdeskQuestionCounts.provinceNis],
        rows.helpdeskQuestionCounts,
      );
      await replaceRows(tables.helpdeskLocalGovernmentCounts,
        [tables.helpdeskLocalGovernmentCounts.year, tables.helpdeskLocalGovernmentCounts.provinceNis],
        rows.helpdeskLocalGovernmentCounts,
      );
    },
  });
}
