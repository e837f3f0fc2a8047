import { archivalOf, checkTimeRange, commonResolvers, connectionResolvers, createLocalizedTextResolvers, languageEnum, required } from '@cohesion/kit';
import { findDocumentPage } from '../data/find-document-page';
import { findEfusMembershipPage } from '../data/find-efus-membership-page';
import { findEventPage } from '../data/find-event-page';
import { findEventSeriesPage } from '../data/find-event-series-page';
import { findOrganisationPage } from '../data/find-organisation-page';
import { findProjectPage } from '../data/find-project-page';
import { findSources } from '../data/find-sources';
import { findWorkingGroupPage } from '../data/find-working-group-page';
import {
  type DocumentRow,
  type EfusMembershipRow,
  type EventRow,
  type EventSeriesRow,
  type OrganisationRow,
  type ProjectRow,
  type ProvenanceSource,
  type WorkingGroupRow,
} from '../data/rows';
import { type Resolvers } from '../generated/resolvers-types';
import { mutationResolvers } from '../mutations';
import { checkNis } from './arguments';
import { figuresResolver } from './figures';
import { actorOf, municipalityReference, sourcesOf } from './references';
import { auditTrail } from './audit-trail';

const EFUS = 'efus';

// English first: the working language of most EU-level sources.
const text = createLocalizedTextResolvers({ fallbackOrder: ['en', 'nl', 'fr', 'de'] });

const provenanceOf = (row: ProvenanceSource): ProvenanceSource => row;

export const resolvers: Resolvers = {
  ...commonResolvers,
  Query: {
    euPartners: () => ({}),
  },
  Mutation: mutationResolvers,
  EuPartnersLevel: {
    auditTrail: (level, args, context, info) => auditTrail(level, args, context, info),
    organisations: (_level, { filter, ...page }, { db }) => findOrganisationPage(db, { includeArchived: filter?.includeArchived, type: filter?.type, level: filter?.level, search: filter?.search }, page),
    organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
    events: (_level, { from, to, filter, ...page }, { db }) =>
      findEventPage(
        db,
        {
          ...checkTimeRange({ from, to }),
          kinds: filter?.kinds,
          organiserId: filter?.organiser,
          projectId: filter?.project,
          seriesId: filter?.series,
          language: filter?.language?.toLowerCase(),
          online: filter?.online,
          municipalityNis: checkNis(filter?.municipality, 'filter.municipality'),
          search: filter?.search,
          includeArchived: filter?.includeArchived,
        },
        page,
      ),
    event: (_level, { id }, { loaders }) => loaders.event.load(id),
    eventSeries: (_level, page, { db }) => findEventSeriesPage(db, page),
    projects: (_level, { filter, ...page }, { db }) =>
      findProjectPage(
        db,
        {
          ...checkTimeRange(filter, { path: 'filter.', deprecated: { from: 'activeFrom', to: 'activeTo' } }),
          organisationId: filter?.organisation,
          partnerMunicipalityNis: checkNis(filter?.partnerMunicipality, 'filter.partnerMunicipality'),
          partnerProvinceNis: checkNis(filter?.partnerProvince, 'filter.partnerProvince'),
          partnerRegionNis: checkNis(filter?.partnerRegion, 'filter.partnerRegion'),
          fundingProgramme: filter?.fundingProgramme,
          search: filter?.search,
          includeArchived: filter?.includeArchived,
        },
        page,
      ),
    project: (_level, { id }, { loaders }) => loaders.project.load(id),
    documents: (_level, { filter, ...page }, { db }) =>
      findDocumentPage(
        db,
        {
          ...checkTimeRange(filter, { path: 'filter.' }),
          types: filter?.types,
          issuingOrganisationId: filter?.issuingOrganisation,
          search: filter?.search,
          includeArchived: filter?.includeArchived,
        },
        page,
      ),
    document: (_level, { id }, { loaders }) => loaders.document.load(id),
    workingGroups: (_level, { organisation, includeArchived, ...page }, { db }) =>
      findWorkingGroupPage(db, { organisationId: organisation, includeArchived }, page),
    efusMemberships: (_level, { evidence, ...page }, { db }) => findEfusMembershipPage(db, { evidence }, page),
    figures: figuresResolver,
    sources: (_level, _args, { db, loaders }) =>
      findSources(db).then((rows) => rows.map((row) => loaders.source.prime(row.id, row) && row)),
  },
  EuSource: {
    language: (row) => (row.language ? languageEnum(row.language) : null),
    provenance: provenanceOf,
  },
  EuOrganisation: {
    archived: archivalOf,
    __resolveReference: (reference, { loaders }) => loaders.organisation.load(reference.id),
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    type: (row) => row.type as never,
    level: (row) => row.level as never,
    functionalContact: (row) => (row.email || row.phone ? { email: row.email, phone: row.phone } : null),
    memberCount: (row) =>
      row.memberCount === null ? null : { value: row.memberCount, approximate: row.memberCountApproximate ?? false, unit: row.memberCountUnit ?? '' },
    parentOrganisation: (row, _args, { loaders }) => (row.parentOrganisationId ? loaders.organisation.load(row.parentOrganisationId) : null),
    units: (row, _args, { loaders }) => loaders.organisationUnits.load(row.id),
    predecessor: (row, _args, { loaders }) => (row.predecessorOrganisationId ? loaders.organisation.load(row.predecessorOrganisationId) : null),
    successor: (row, _args, { loaders }) => (row.successorOrganisationId ? loaders.organisation.load(row.successorOrganisationId) : null),
    belgianRelay: (row, _args, { loaders }) => (row.belgianRelay ? actorOf(row.belgianRelay, loaders) : null),
    legalBasis: (row, _args, { loaders }) => (row.legalBasisDocumentId ? loaders.document.load(row.legalBasisDocumentId) : null),
    workingGroups: (row, _args, { loaders }) => loaders.workingGroupsByOrganisation.load(row.id),
    events: (row, _args, { loaders }) => loaders.eventsByOrganiser.load(row.id),
    projects: (row, _args, { loaders }) => loaders.projectsByOrganisation.load(row.id),
    documents: (row, _args, { loaders }) => loaders.documentsByIssuer.load(row.id),
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuActor: {
    __resolveType: (actor) => ('__typename' in actor && actor.__typename ? actor.__typename : 'EuOrganisation'),
  },
  Municipality: {
    // This subgraph holds no municipality rows: the key is all it needs to answer its own fields.
    __resolveReference: (reference) => ({ nis: reference.nis }),
    euProjects: (municipality, _args, { loaders }) => loaders.projectPartnersByMunicipality.load(municipality.nis),
    efusMemberships: (municipality, _args, { loaders }) => loaders.efusMembershipsByMunicipality.load(municipality.nis),
  },
  EuEvent: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    kind: (row) => row.kind as never,
    venue: (row) => ({
      online: row.online,
      name: row.venueName,
      address: row.venueAddress,
      postalCode: row.venuePostalCode,
      city: row.venueCity,
      municipalityNis: row.venueNis,
    }),
    language: (row) => (row.language ? languageEnum(row.language) : null),
    languages: (row) => row.languages.map(languageEnum),
    organisers: async (row, _args, { loaders }) =>
      Promise.all(
        (await loaders.eventOrganisers.load(row.id)).map((organiser) =>
          actorOf({ id: organiser.organisationId, level: organiser.organisationLevel as 'EU' | 'WALLONIA_BRUSSELS' }, loaders),
        ),
      ),
    relatedOrganisations: async (row, _args, { loaders }) =>
      Promise.all(row.relatedOrganisationIds.map(async (id) => required(await loaders.organisation.load(id), `organisation ${id}`))),
    registration: (row) => row,
    series: (row, _args, { loaders }) => (row.seriesId ? loaders.eventSeries.load(row.seriesId) : null),
    project: (row, _args, { loaders }) => (row.projectId ? loaders.project.load(row.projectId) : null),
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuRegistration: {
    instructions: (row) => row.registration,
    deadline: (row) => row.registrationDeadline,
    free: (row) => row.free,
  },
  EuEventSeries: {
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    languages: (row) => row.languages.map(languageEnum),
    organisers: (row, _args, { loaders }) => Promise.all(row.organisers.map((organiser) => actorOf(organiser, loaders))),
    project: (row, _args, { loaders }) => (row.projectId ? loaders.project.load(row.projectId) : null),
    events: (row, _args, { loaders }) => loaders.eventsBySeries.load(row.id),
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuProject: {
    archived: archivalOf,
    start: (row) => row.periodStart,
    end: (row) => row.periodEnd,
    funder: (row, _args, { loaders }) => (row.funderOrganisationId ? loaders.organisation.load(row.funderOrganisationId) : null),
    lead: (row, _args, { loaders }) => (row.leadOrganisationId ? loaders.organisation.load(row.leadOrganisationId) : null),
    partners: (row, _args, { loaders }) => loaders.projectPartners.load(row.id),
    events: (row, _args, { loaders }) => loaders.eventsByProject.load(row.id),
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuProjectPartner: {
    project: async (row, _args, { loaders }) => required(await loaders.project.load(row.projectId), `project ${row.projectId}`),
    partner: (row, _args, { loaders }) =>
      row.municipalityNis
        ? municipalityReference(row.municipalityNis)
        : actorOf(required(row.organisation, `partner of project ${row.projectId}`), loaders),
    role: (row) => row.role as never,
    provenance: provenanceOf,
  },
  EuDocument: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    type: (row) => row.type as never,
    date: (row) => row.date,
    issuingOrganisation: (row, _args, { loaders }) => (row.issuingOrganisationId ? loaders.organisation.load(row.issuingOrganisationId) : null),
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuWorkingGroup: {
    archived: archivalOf,
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    kind: (row) => row.kind as never,
    meetingRhythm: (row) => row.rhythm,
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuEfusMembership: {
    organisation: async (_row, _args, { loaders }) => required(await loaders.organisation.load(EFUS), 'organisation efus'),
    member: (row, _args, { loaders }) =>
      row.municipalityNis
        ? municipalityReference(row.municipalityNis)
        : actorOf(required(row.organisation, `Efus member ${row.memberKey}`), loaders),
    evidence: (row) => row.evidence as never,
    projects: (row, _args, { loaders }) =>
      Promise.all(row.projectIds.map(async (id) => required(await loaders.project.load(id), `project ${id}`))),
    provenance: provenanceOf,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  EuOrganisationConnection: connectionResolvers<OrganisationRow>(),
  EuEventConnection: connectionResolvers<EventRow>(),
  EuEventSeriesConnection: connectionResolvers<EventSeriesRow>(),
  EuProjectConnection: connectionResolvers<ProjectRow>(),
  EuDocumentConnection: connectionResolvers<DocumentRow>(),
  EuWorkingGroupConnection: connectionResolvers<WorkingGroupRow>(),
  EuEfusMembershipConnection: connectionResolvers<EfusMembershipRow>(),
  LocalizedText: text.LocalizedText,
};
