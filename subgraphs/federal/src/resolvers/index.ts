import { archivalOf, commonResolvers, connectionResolvers, createLocalizedTextResolvers, partialDateOf, regionCodeOfIso, required } from '@cohesion/kit';
import { type OrganisationRow, type ProvenanceSource } from '../data/rows';
import {
  type DatePrecision,
  type FederalCoverageArea,
  type FederalDocumentType,
  type FederalEventKind,
  type FederalOfferKind,
  type FederalOrganisationType,
  type FederalSector,
  type FederalVisitTopic,
  type Language,
  type Resolvers,
} from '../generated/resolvers-types';
import { mutationResolvers } from '../mutations';
import { federalLevelResolvers } from './federal-level';

/** Loads several organisations through the batching loader, skipping ids that no longer exist. */
async function loadOrganisations(load: (id: string) => Promise<OrganisationRow | null>, ids: readonly string[]): Promise<OrganisationRow[]> {
  const rows = await Promise.all(ids.map(load));
  return rows.filter((row): row is OrganisationRow => row !== null);
}

// Dutch, French, English, German: the order `name(lang:)` has always fallen back in here, kept for released clients.
const text = createLocalizedTextResolvers({ fallbackOrder: ['nl', 'fr', 'en', 'de'] });

const provenanceOf = (row: ProvenanceSource): ProvenanceSource => row;

export const resolvers: Resolvers = {
  ...commonResolvers,
  Query: {
    federal: () => ({}),
  },
  Mutation: mutationResolvers,
  FederalLevel: federalLevelResolvers,

  FederalOrganisation: {
    archived: archivalOf,
    __resolveReference: (reference, { loaders }) => loaders.organisation.load(reference.id),
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    type: (row) => row.type as FederalOrganisationType,
    level: () => 'FEDERAL',
    functionalContact: (row) => (row.email || row.phone ? { email: row.email, phone: row.phone } : null),
    descriptions: (row) => row.description,
    description: (row, { lang }, { language }) => text.optionalTextIn(row.description, lang, language),
    parent: (row, _args, { loaders }) => (row.parentId ? loaders.organisation.load(row.parentId) : null),
    units: (row, _args, { loaders }) => loaders.organisationUnits.load(row.id),
    offers: (row, _args, { loaders }) => loaders.offersByOrganisation.load(row.id),
    provenance: provenanceOf,
  },
  FederalOrganisationConnection: connectionResolvers(),

  FederalOffer: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    kind: (row) => row.kind as FederalOfferKind,
    languages: (row) => row.languages.map((code) => code.toUpperCase() as Language),
    descriptions: (row) => row.description,
    description: (row, { lang }, { language }) => text.optionalTextIn(row.description, lang, language),
    organisation: async (row, _args, { loaders }) =>
      required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    provenance: provenanceOf,
  },
  FederalOfferConnection: connectionResolvers(),

  FederalEvent: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    kind: (row) => row.kind as FederalEventKind,
    venue: (row) =>
      row.venueName || row.venueAddress || row.venueCity || row.venueNis
        ? { online: null, name: row.venueName, address: row.venueAddress, postalCode: null, city: row.venueCity, municipalityNis: row.venueNis }
        : null,
    // The programme's free-text role ("slotuiteenzetting") is the speaker's part in it, not a SpeakerRole.
    speakers: (row) => row.speakers.map(({ role, ...speaker }) => ({ ...speaker, part: role })),
    language: (row) => (row.language ? (row.language.toUpperCase() as Language) : null),
    organisers: async (row, _args, { loaders }) =>
      loadOrganisations((id) => loaders.organisation.load(id), (await loaders.eventOrganisers.load(row.id)).map((organiser) => organiser.organisationId)),
    descriptions: (row) => row.description,
    description: (row, { lang }, { language }) => text.optionalTextIn(row.description, lang, language),
    provenance: provenanceOf,
  },
  FederalEventConnection: connectionResolvers(),

  FederalProject: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    start: (row) => partialDateOf(row.startDate, row.startPrecision),
    end: (row) => partialDateOf(row.endDate, row.endPrecision),
    lead: async (row, _args, { loaders }) =>
      required(await loaders.organisation.load(row.leadOrganisationId), `organisation ${row.leadOrganisationId}`),
    funders: (row) => row.funderEuOrganisationIds.map((id) => ({ id })),
    funding: (row) => row.fundingNote,
    partners: (row, _args, { loaders }) => loadOrganisations((id) => loaders.organisation.load(id), row.partnerOrganisationIds),
    partnerMunicipalities: (row) => row.partnerMunicipalityNis.map((nis) => ({ nis })),
    descriptions: (row) => row.description,
    description: (row, { lang }, { language }) => text.optionalTextIn(row.description, lang, language),
    provenance: provenanceOf,
  },
  FederalProjectConnection: connectionResolvers(),

  FederalDocument: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    type: (row) => row.type as FederalDocumentType,
    date: (row) => partialDateOf(row.date, row.datePrecision),
    issuer: (row, _args, { loaders }) => (row.issuerId ? loaders.organisation.load(row.issuerId) : null),
    descriptions: (row) => row.description,
    description: (row, { lang }, { language }) => text.optionalTextIn(row.description, lang, language),
    replaces: (row, _args, { loaders }) => (row.replacesId ? loaders.document.load(row.replacesId) : null),
    replacedBy: (row, _args, { loaders }) => loaders.documentsReplacing.load(row.id),
    presentedAt: (row, _args, { loaders }) => (row.presentedAtEventId ? loaders.event.load(row.presentedAtEventId) : null),
    localInitiatives: (row, _args, { loaders }) => loaders.localInitiativesByGuide.load(row.id),
    provenance: provenanceOf,
  },
  FederalDocumentConnection: connectionResolvers(),

  FederalLocalInitiative: {
    archived: archivalOf,
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    municipality: (row) => ({ nis: row.municipalityNis }),
    guide: (row, _args, { loaders }) => (row.guideDocumentId ? loaders.document.load(row.guideDocumentId) : null),
    presentedAt: (row, _args, { loaders }) => (row.presentedAtEventId ? loaders.event.load(row.presentedAtEventId) : null),
    descriptions: (row) => row.description,
    description: (row, { lang }, { language }) => text.optionalTextIn(row.description, lang, language),
    provenance: provenanceOf,
  },
  FederalLocalInitiativeConnection: connectionResolvers(),

  FederalMobileTeam: {
    organisation: async (row, _args, { loaders }) =>
      required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    activeSincePrecision: (row) => row.activeSincePrecision as DatePrecision,
    operator: (row, _args, { loaders }) => (row.operatorId ? loaders.organisation.load(row.operatorId) : null),
    funder: (row) => (row.funderEuOrganisationId ? { id: row.funderEuOrganisationId } : null),
    funding: (row) => row.fundingNote,
    offers: (row, _args, { loaders }) => loaders.offersByOrganisation.load(row.organisationId),
    guide: (row, _args, { loaders }) => (row.guideDocumentId ? loaders.document.load(row.guideDocumentId) : null),
    colloquium: (row, _args, { loaders }) => (row.colloquiumEventId ? loaders.event.load(row.colloquiumEventId) : null),
    provenance: provenanceOf,
  },

  FederalMobileTeamVisit: {
    archived: archivalOf,
    municipality: (row) => ({ nis: row.municipalityNis }),
    topic: (row) => row.topic as FederalVisitTopic,
    offer: (row, _args, { loaders }) => (row.offerId ? loaders.offer.load(row.offerId) : null),
    participantSectors: (row) => row.participantSectors as FederalSector[],
    provenance: provenanceOf,
  },
  FederalMobileTeamVisitConnection: connectionResolvers(),

  FederalCoverageObservation: {
    datePrecision: (row) => row.datePrecision as DatePrecision,
    region: (row) => row.area as FederalCoverageArea,
    total: (row) => row.municipalitiesTotal,
    provenance: provenanceOf,
  },

  PoliceZone: {
    __resolveReference: (reference, { loaders }) => loaders.policeZone.load(reference.id),
    municipalities: async (row, _args, { loaders }) =>
      (await loaders.policeZoneMembers.load(row.id)).map((member) => ({ nis: member.municipalityNis })),
    province: (row) => (row.provinceNis ? { nis: row.provinceNis } : null),
    region: (row) => regionCodeOfIso(row.regionIso),
    provenance: provenanceOf,
  },
  PoliceZoneConnection: connectionResolvers(),

  Municipality: {
    // The municipalities subgraph owns the municipality; this subgraph only adds its fields, by NIS code.
    __resolveReference: (reference) => ({ nis: reference.nis }),
    mobileTeamVisits: (municipality, _args, { loaders }) => loaders.visitsByMunicipality.load(municipality.nis),
    localInitiatives: (municipality, _args, { loaders }) => loaders.localInitiativesByMunicipality.load(municipality.nis),
    policeZone: (municipality, _args, { loaders }) => loaders.policeZoneOfMunicipality.load(municipality.nis),
  },

  LocalizedText: text.LocalizedText,
};
