import { type Database, federalTables } from '@cohesion/db';
import { createEventOrganisersLoader, createGroupedLoader, createKeyedLoader } from '@cohesion/kit';
import { findDocumentsById } from './data/find-documents-by-id';
import { findDocumentsByReplacesId } from './data/find-documents-by-replaces-id';
import { findEventsById } from './data/find-events-by-id';
import { findLocalInitiativesByGuideId } from './data/find-local-initiatives-by-guide-id';
import { findLocalInitiativesByMunicipalityNis } from './data/find-local-initiatives-by-municipality-nis';
import { findMobileTeamsByOrganisationId } from './data/find-mobile-teams-by-organisation-id';
import { findOffersById } from './data/find-offers-by-id';
import { findOffersByOrganisationId } from './data/find-offers-by-organisation-id';
import { findOrganisationsById } from './data/find-organisations-by-id';
import { findOrganisationsByParentId } from './data/find-organisations-by-parent-id';
import { findPoliceZoneMembersByZoneId } from './data/find-police-zone-members-by-zone-id';
import { findPoliceZonesById } from './data/find-police-zones-by-id';
import { findPoliceZonesByMunicipalityNis } from './data/find-police-zones-by-municipality-nis';
import { findVisitsByMunicipalityNis } from './data/find-visits-by-municipality-nis';

/** Per-request loaders (DataLoader's "one loader per request"): every lookup by key is batched. */
export function createLoaders(db: Database) {
  return {
    eventOrganisers: createEventOrganisersLoader(db, federalTables.eventOrganisers),
    organisation: createKeyedLoader((ids: readonly string[]) => findOrganisationsById(db, ids), (row) => row.id),
    organisationUnits: createGroupedLoader((ids: readonly string[]) => findOrganisationsByParentId(db, ids), (row) => row.parentId ?? ''),
    offer: createKeyedLoader((ids: readonly string[]) => findOffersById(db, ids), (row) => row.id),
    offersByOrganisation: createGroupedLoader((ids: readonly string[]) => findOffersByOrganisationId(db, ids), (row) => row.organisationId),
    event: createKeyedLoader((ids: readonly string[]) => findEventsById(db, ids), (row) => row.id),
    document: createKeyedLoader((ids: readonly string[]) => findDocumentsById(db, ids), (row) => row.id),
    documentsReplacing: createGroupedLoader((ids: readonly string[]) => findDocumentsByReplacesId(db, ids), (row) => row.replacesId ?? ''),
    localInitiativesByGuide: createGroupedLoader(
      (ids: readonly string[]) => findLocalInitiativesByGuideId(db, ids),
      (row) => row.guideDocumentId ?? '',
    ),
    localInitiativesByMunicipality: createGroupedLoader(
      (nis: readonly string[]) => findLocalInitiativesByMunicipalityNis(db, nis),
      (row) => row.municipalityNis,
    ),
    mobileTeam: createKeyedLoader((ids: readonly string[]) => findMobileTeamsByOrganisationId(db, ids), (row) => row.organisationId),
    visitsByMunicipality: createGroupedLoader((nis: readonly string[]) => findVisitsByMunicipalityNis(db, nis), (row) => row.municipalityNis),
    policeZone: createKeyedLoader((ids: readonly string[]) => findPoliceZonesById(db, ids), (row) => row.id),
    policeZoneOfMunicipality: createKeyedLoader(
      (nis: readonly string[]) => findPoliceZonesByMunicipalityNis(db, nis),
      (row) => row.municipalityNis,
    ),
    policeZoneMembers: createGroupedLoader((ids: readonly string[]) => findPoliceZoneMembersByZoneId(db, ids), (row) => row.zoneId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
