import { type Database, flandersTables } from '@cohesion/db';
import { createEventOrganisersLoader, createGroupedLoader, createKeyedLoader } from '@cohesion/kit';
import DataLoader from 'dataloader';
import { findCoachingTrajectoriesByMunicipalityNis } from './data/find-coaching-trajectories-by-municipality-nis';
import { findDocumentsById } from './data/find-documents-by-id';
import { findEmmascanEvaluationsByMunicipalityNis } from './data/find-emmascan-evaluations-by-municipality-nis';
import { findEmmascanModulesById } from './data/find-emmascan-modules';
import { findEvaluationMunicipalitiesByEvaluationId } from './data/find-evaluation-municipalities-by-evaluation-id';
import { findEventsById } from './data/find-events-by-id';
import { findHelpdeskDetailByYear } from './data/find-helpdesk-detail-by-year';
import { findMeetingsByNetworkId } from './data/find-meetings-by-network-id';
import { findModuleResultsByEvaluationId } from './data/find-module-results-by-evaluation-id';
import { findNetworkProvincesByNetworkId } from './data/find-network-provinces-by-network-id';
import { findOffersById, findOffersByOrganisationId } from './data/find-offers-by-id';
import { findOrganisationsByExpertPoolId, findOrganisationsById } from './data/find-organisations-by-id';
import { findProjectsById } from './data/find-projects-by-id';
import { findRegionalPlatformsByProvinceNis } from './data/find-regional-platforms-by-province-nis';
import { findTrajectoryMunicipalitiesByTrajectoryId } from './data/find-trajectory-municipalities-by-trajectory-id';

/** Per-request loaders (DataLoader's "one loader per request"): every lookup by key is batched. */
export function createLoaders(db: Database) {
  return {
    eventOrganisers: createEventOrganisersLoader(db, flandersTables.eventOrganisers),
    organisation: createKeyedLoader((ids: readonly string[]) => findOrganisationsById(db, ids), (row) => row.id),
    poolMembers: createGroupedLoader(
      (ids: readonly string[]) => findOrganisationsByExpertPoolId(db, ids),
      (row) => row.expertPoolId as string,
    ),
    offer: createKeyedLoader((ids: readonly string[]) => findOffersById(db, ids), (row) => row.id),
    offersByOrganisation: createGroupedLoader(
      (ids: readonly string[]) => findOffersByOrganisationId(db, ids),
      (row) => row.organisationId,
    ),
    event: createKeyedLoader((ids: readonly string[]) => findEventsById(db, ids), (row) => row.id),
    project: createKeyedLoader((ids: readonly string[]) => findProjectsById(db, ids), (row) => row.id),
    document: createKeyedLoader((ids: readonly string[]) => findDocumentsById(db, ids), (row) => row.id),
    networkProvinces: createGroupedLoader(
      (ids: readonly string[]) => findNetworkProvincesByNetworkId(db, ids),
      (row) => row.networkId,
    ),
    meetings: createGroupedLoader((ids: readonly string[]) => findMeetingsByNetworkId(db, ids), (row) => row.networkId),
    regionalPlatformsByProvince: createGroupedLoader(
      (nis: readonly string[]) => findRegionalPlatformsByProvinceNis(db, nis),
      (row) => row.provinceNis,
    ),
    trajectoriesByMunicipality: createGroupedLoader(
      (nis: readonly string[]) => findCoachingTrajectoriesByMunicipalityNis(db, nis),
      (row) => row.nis,
    ),
    trajectoryMunicipalities: createGroupedLoader(
      (ids: readonly string[]) => findTrajectoryMunicipalitiesByTrajectoryId(db, ids),
      (row) => row.trajectoryId,
    ),
    evaluationsByMunicipality: createGroupedLoader(
      (nis: readonly string[]) => findEmmascanEvaluationsByMunicipalityNis(db, nis),
      (row) => row.nis,
    ),
    evaluationMunicipalities: createGroupedLoader(
      (ids: readonly string[]) => findEvaluationMunicipalitiesByEvaluationId(db, ids),
      (row) => row.evaluationId,
    ),
    moduleResults: createGroupedLoader((ids: readonly string[]) => findModuleResultsByEvaluationId(db, ids), (row) => row.evaluationId),
    emmascanModule: createKeyedLoader((ids: readonly string[]) => findEmmascanModulesById(db, ids), (row) => row.id),
    helpdeskDetail: new DataLoader((years: readonly number[]) => findHelpdeskDetailByYear(db, years)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
