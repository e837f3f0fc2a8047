import { type Database } from '@cohesion/db';
import { createGroupedLoader, createKeyedLoader } from '@cohesion/kit';
import { findDocumentsById } from './data/find-documents-by-id';
import { findDocumentsByIssuingOrganisationId } from './data/find-documents-by-issuing-organisation-id';
import { findEfusMembershipsByMunicipalityNis } from './data/find-efus-memberships-by-municipality-nis';
import { findEventOrganisersByEventId } from './data/find-event-organisers-by-event-id';
import { findEventSeriesById } from './data/find-event-series-by-id';
import { findEventsById } from './data/find-events-by-id';
import { findEventsByOrganiserId } from './data/find-events-by-organiser-id';
import { findEventsByProjectId } from './data/find-events-by-project-id';
import { findEventsBySeriesId } from './data/find-events-by-series-id';
import { findOrganisationsById } from './data/find-organisations-by-id';
import { findOrganisationsByParentId } from './data/find-organisations-by-parent-id';
import { findProjectPartnersByMunicipalityNis } from './data/find-project-partners-by-municipality-nis';
import { findProjectPartnersByProjectId } from './data/find-project-partners-by-project-id';
import { findProjectsById } from './data/find-projects-by-id';
import { findProjectsByOrganisationId } from './data/find-projects-by-organisation-id';
import { findSourcesById } from './data/find-sources';
import { findWorkingGroupsByOrganisationId } from './data/find-working-groups-by-organisation-id';

type Ids = readonly string[];

/** Per-request loaders (DataLoader's "one loader per request"): every lookup by key is batched. */
export function createLoaders(db: Database) {
  return {
    source: createKeyedLoader((ids: Ids) => findSourcesById(db, ids), (row) => row.id),
    organisation: createKeyedLoader((ids: Ids) => findOrganisationsById(db, ids), (row) => row.id),
    organisationUnits: createGroupedLoader(
      (ids: Ids) => findOrganisationsByParentId(db, ids),
      (row) => row.parentOrganisationId as string,
    ),
    event: createKeyedLoader((ids: Ids) => findEventsById(db, ids), (row) => row.id),
    eventOrganisers: createGroupedLoader((ids: Ids) => findEventOrganisersByEventId(db, ids), (row) => row.eventId),
    eventsByOrganiser: createGroupedLoader((ids: Ids) => findEventsByOrganiserId(db, ids), (row) => row.organiserId),
    eventsByProject: createGroupedLoader((ids: Ids) => findEventsByProjectId(db, ids), (row) => row.projectId as string),
    eventsBySeries: createGroupedLoader((ids: Ids) => findEventsBySeriesId(db, ids), (row) => row.seriesId as string),
    eventSeries: createKeyedLoader((ids: Ids) => findEventSeriesById(db, ids), (row) => row.id),
    project: createKeyedLoader((ids: Ids) => findProjectsById(db, ids), (row) => row.id),
    projectsByOrganisation: createGroupedLoader((ids: Ids) => findProjectsByOrganisationId(db, ids), (row) => row.organisationId),
    projectPartners: createGroupedLoader((ids: Ids) => findProjectPartnersByProjectId(db, ids), (row) => row.projectId),
    projectPartnersByMunicipality: createGroupedLoader(
      (nis: Ids) => findProjectPartnersByMunicipalityNis(db, nis),
      (row) => row.municipalityNis as string,
    ),
    document: createKeyedLoader((ids: Ids) => findDocumentsById(db, ids), (row) => row.id),
    documentsByIssuer: createGroupedLoader(
      (ids: Ids) => findDocumentsByIssuingOrganisationId(db, ids),
      (row) => row.issuingOrganisationId as string,
    ),
    workingGroupsByOrganisation: createGroupedLoader((ids: Ids) => findWorkingGroupsByOrganisationId(db, ids), (row) => row.organisationId),
    efusMembershipsByMunicipality: createGroupedLoader(
      (nis: Ids) => findEfusMembershipsByMunicipalityNis(db, nis),
      (row) => row.municipalityNis as string,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
