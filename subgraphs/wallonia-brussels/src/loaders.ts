import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { createEventOrganisersLoader, createGroupedLoader, createKeyedLoader } from '@cohesion/kit';
import { findCsilrSupportByCellKey, findCsilrSupportByNis } from './data/find-csilr-support-by-nis';
import { findDocumentsById } from './data/find-documents-by-id';
import { findEventsByDocumentId, findEventsById, findEventsByOrganiserIds, findEventsByProjectId } from './data/find-events-by-id';
import { findOffersById, findOffersByOrganisationId } from './data/find-offers-by-id';
import { findOrganisationsById, findOrganisationsByParentId } from './data/find-organisations-by-id';
import { findPreventionGuidanceByNis } from './data/find-prevention-guidance-by-nis';
import { findProjectsById } from './data/find-projects-by-id';
import { findSourcesById } from './data/find-sources-by-id';

/** Per-request loaders (DataLoader's "one loader per request"): every lookup by key is batched into one query. */
export function createLoaders(db: Database) {
  return {
    source: createKeyedLoader((ids: readonly string[]) => findSourcesById(db, ids), (row) => row.id),
    organisation: createKeyedLoader((ids: readonly string[]) => findOrganisationsById(db, ids), (row) => row.id),
    unitsByParent: createGroupedLoader(
      (ids: readonly string[]) => findOrganisationsByParentId(db, ids),
      (row) => row.parentOrganisationId ?? '',
    ),
    offer: createKeyedLoader((ids: readonly string[]) => findOffersById(db, ids), (row) => row.id),
    offersByOrganisation: createGroupedLoader((ids: readonly string[]) => findOffersByOrganisationId(db, ids), (row) => row.organisationId),
    event: createKeyedLoader((ids: readonly string[]) => findEventsById(db, ids), (row) => row.id),
    eventOrganisers: createEventOrganisersLoader(db, walloniaBrusselsTables.eventOrganisers),
    eventsByOrganiser: createGroupedLoader((ids: readonly string[]) => findEventsByOrganiserIds(db, ids), (row) => row.organiserId),
    eventsByDocument: createGroupedLoader((ids: readonly string[]) => findEventsByDocumentId(db, ids), (row) => row.documentId ?? ''),
    eventsByProject: createGroupedLoader((ids: readonly string[]) => findEventsByProjectId(db, ids), (row) => row.projectId ?? ''),
    project: createKeyedLoader((ids: readonly string[]) => findProjectsById(db, ids), (row) => row.id),
    document: createKeyedLoader((ids: readonly string[]) => findDocumentsById(db, ids), (row) => row.id),
    csilrSupport: createKeyedLoader((nis: readonly string[]) => findCsilrSupportByNis(db, nis), (row) => row.municipalityNis),
    cellMunicipalities: createGroupedLoader((keys: readonly string[]) => findCsilrSupportByCellKey(db, keys), (row) => row.cellKey ?? ''),
    preventionGuidance: createKeyedLoader((nis: readonly string[]) => findPreventionGuidanceByNis(db, nis), (row) => row.municipalityNis),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
