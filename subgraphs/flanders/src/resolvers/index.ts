import { archivalOf, commonResolvers, connectionResolvers, isNisCode, partialDateOf, required, territoryOfNis, type FunctionalContactSource } from '@cohesion/kit';
import { type ProvenanceSource } from '../data/rows';
import {
  type FlemishCoachingTrack,
  type DatePrecision,
  type FlemishDocumentType,
  type FlemishEventKind,
  type FlemishMeetingMode,
  type FlemishOfferKind,
  type FlemishOrganisationLevel,
  type FlemishOrganisationType,
  type Language,
  type Resolvers,
} from '../generated/resolvers-types';
import { figuresOf, helpdeskDetailFigures } from './figures';
import { text } from './text';
import { mutationResolvers } from '../mutations';
import { flemishLevelResolvers } from './level';

// The columns hold values the seed took from the same closed lists as the SDL's enums; a value outside
// them fails serialisation loudly instead of being passed on.
const asEnum = <T extends string>(value: string) => value as T;
const precision = (value: string | null) => (value === null ? null : asEnum<DatePrecision>(value));

/** Loads many by id, keeping those that exist, in the given order. */
async function existing<T>(promise: Promise<Array<T | null | Error>>): Promise<T[]> {
  return (await promise).filter((value): value is T => value !== null && !(value instanceof Error));
}

const provenanceOf = (row: ProvenanceSource): ProvenanceSource => row;
const contactOf = (row: {
  contactEmail: string | null;
  contactPhone: string | null;
  contactOtherPhones: string[];
  contactForm: string | null;
  registrationForm: string | null;
  website: string | null;
}): FunctionalContactSource => ({
  email: row.contactEmail,
  phone: row.contactPhone,
  otherPhones: row.contactOtherPhones,
  contactForm: row.contactForm,
  registrationForm: row.registrationForm,
  website: row.website,
});

/** The province of a Flemish municipality; null outside Flanders, where VVSG has no platforms. */
function flemishProvinceOf(nis: string): string | null {
  if (!isNisCode(nis)) return null;
  const { provinceNis, regionIso } = territoryOfNis(nis);
  return regionIso === 'BE-VLG' ? provinceNis : null;
}

export const resolvers: Resolvers = {
  ...commonResolvers,
  Query: {
    flanders: () => ({}),
  },
  Mutation: mutationResolvers,
  FlemishLevel: flemishLevelResolvers,
  Municipality: {
    // Municipalities are owned by the municipalities subgraph; this subgraph only adds fields by NIS code.
    __resolveReference: (reference) => ({ nis: reference.nis }),
    coachingTrajectories: (municipality, _args, { loaders }) =>
      isNisCode(municipality.nis) ? loaders.trajectoriesByMunicipality.load(municipality.nis) : [],
    emmascanEvaluations: (municipality, _args, { loaders }) =>
      isNisCode(municipality.nis) ? loaders.evaluationsByMunicipality.load(municipality.nis) : [],
    regionalPlatforms: (municipality, _args, { loaders }) => {
      const provinceNis = flemishProvinceOf(municipality.nis);
      return provinceNis ? loaders.regionalPlatformsByProvince.load(provinceNis) : [];
    },
  },
  FlemishOrganisation: {
    archived: archivalOf,
    __resolveReference: (reference, { loaders }) => loaders.organisation.load(reference.id),
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    names: (row) => row.name,
    type: (row) => asEnum<FlemishOrganisationType>(row.type),
    level: (row) => asEnum<FlemishOrganisationLevel>(row.level),
    functionalContact: contactOf,
    radicalisationSupportSincePrecision: (row) => precision(row.radicalisationSupportSincePrecision),
    offersAvailableFromPrecision: (row) => precision(row.offersAvailableFromPrecision),
    expertPool: (row, _args, { loaders }) => (row.expertPoolId ? loaders.organisation.load(row.expertPoolId) : null),
    expertPoolListedAs: (row) => row.poolListedAs,
    expertPoolOfferLabel: (row) => row.poolOfferLabel,
    members: (row, _args, { loaders }) => loaders.poolMembers.load(row.id),
    offers: (row, _args, { loaders }) => loaders.offersByOrganisation.load(row.id),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishOffer: {
    archived: archivalOf,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    titles: (row) => row.title,
    kind: (row) => asEnum<FlemishOfferKind>(row.kind),
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    languages: (row) => row.languages?.map((language) => asEnum<Language>(language)) ?? null,
    contact: contactOf,
    expertPool: (row, _args, { loaders }) => (row.expertPoolId ? loaders.organisation.load(row.expertPoolId) : null),
    availableFromPrecision: (row) => precision(row.availableFromPrecision),
    project: (row, _args, { loaders }) => (row.projectId ? loaders.project.load(row.projectId) : null),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishEvent: {
    archived: archivalOf,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    titles: (row) => row.title,
    kind: (row) => asEnum<FlemishEventKind>(row.kind),
    venue: (row) => ({
      online: row.online,
      name: row.venueName,
      address: row.venueAddress,
      postalCode: null,
      city: row.venueCity,
      municipalityNis: row.venueNis,
    }),
    language: (row) => (row.language ? asEnum<Language>(row.language) : null),
    organisers: async (row, _args, { loaders }) =>
      existing(loaders.organisation.loadMany((await loaders.eventOrganisers.load(row.id)).map((organiser) => organiser.organisationId))),
    document: (row, _args, { loaders }) => (row.documentId ? loaders.document.load(row.documentId) : null),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishProject: {
    archived: archivalOf,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    names: (row) => row.name,
    start: (row) => partialDateOf(row.periodStart, row.periodStartPrecision),
    end: (row) => partialDateOf(row.periodEnd, row.periodEndPrecision),
    leadOrganisation: (row, _args, { loaders }) => (row.leadOrganisationId ? loaders.organisation.load(row.leadOrganisationId) : null),
    partners: (row) => row.partners,
    outputs: (row, _args, { loaders }) => existing(loaders.offer.loadMany(row.outputOfferIds)),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishProjectPartner: {
    organisation: (partner, _args, { loaders }) => (partner.organisationId ? loaders.organisation.load(partner.organisationId) : null),
    municipality: (partner) => (partner.nis ? { nis: partner.nis } : null),
  },
  FlemishDocument: {
    archived: archivalOf,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    titles: (row) => row.title,
    type: (row) => asEnum<FlemishDocumentType>(row.type),
    date: (row) => partialDateOf(row.date, row.datePrecision),
    partnerOrganisations: (row, _args, { loaders }) => existing(loaders.organisation.loadMany(row.partnerOrganisationIds)),
    presentedAt: (row, _args, { loaders }) => (row.presentedAtEventId ? loaders.event.load(row.presentedAtEventId) : null),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishWorkingGroup: {
    archived: archivalOf,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    names: (row) => row.name,
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    meetings: (row, _args, { loaders }) => loaders.meetings.load(row.id),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishIntervisionCircle: {
    archived: archivalOf,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    names: (row) => row.name,
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    meetings: (row, _args, { loaders }) => loaders.meetings.load(row.id),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishRegionalPlatform: {
    archived: archivalOf,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    names: (row) => row.name,
    provinces: (row, _args, { loaders }) => loaders.networkProvinces.load(row.id),
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    provenance: provenanceOf,
    sources: (row) => row.sources,
  },
  FlemishPlatformProvince: {
    province: (row) => ({ nis: row.provinceNis }),
    provenance: provenanceOf,
  },
  FlemishMeeting: {
    mode: (row) => asEnum<FlemishMeetingMode>(row.mode),
    provenance: provenanceOf,
  },
  FlemishCoachingTrackDescription: {
    track: (row) => asEnum<FlemishCoachingTrack>(row.track),
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    provenance: provenanceOf,
  },
  FlemishCoachingTrajectory: {
    track: (row) => asEnum<FlemishCoachingTrack>(row.track),
    shared: async (row, _args, { loaders }) => (await loaders.trajectoryMunicipalities.load(row.id)).length > 1,
    municipalities: async (row, _args, { loaders }) => (await loaders.trajectoryMunicipalities.load(row.id)).map(({ nis }) => ({ nis })),
    offer: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`),
    provenance: provenanceOf,
  },
  FlemishEmmascanModule: {
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    names: (row) => row.name,
    provenance: provenanceOf,
  },
  FlemishEmmascanModuleResult: {
    module: async (row, _args, { loaders }) => required(await loaders.emmascanModule.load(row.moduleId), `EMMASCAN module ${row.moduleId}`),
  },
  FlemishEmmascanEvaluation: {
    municipalities: async (row, _args, { loaders }) => (await loaders.evaluationMunicipalities.load(row.id)).map(({ nis }) => ({ nis })),
    moduleResults: (row, _args, { loaders }) => loaders.moduleResults.load(row.id),
    offer: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`),
    provenance: provenanceOf,
  },
  FlemishExpert: {
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    directLine: (row) => ({ email: row.email, phone: row.phone }),
    provenance: provenanceOf,
  },
  FlemishHelpdeskYear: {
    offer: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`),
    detail: async (row, _args, context) => figuresOf(helpdeskDetailFigures(await context.loaders.helpdeskDetail.load(row.year)), context),
    provenance: provenanceOf,
  },
  LocalizedText: text.LocalizedText,
  FlemishOrganisationConnection: connectionResolvers(),
  FlemishOfferConnection: connectionResolvers(),
  FlemishEventConnection: connectionResolvers(),
  FlemishProjectConnection: connectionResolvers(),
  FlemishDocumentConnection: connectionResolvers(),
  FlemishWorkingGroupConnection: connectionResolvers(),
  FlemishIntervisionCircleConnection: connectionResolvers(),
  FlemishRegionalPlatformConnection: connectionResolvers(),
  FlemishCoachingTrajectoryConnection: connectionResolvers(),
  FlemishEmmascanEvaluationConnection: connectionResolvers(),
  FlemishExpertConnection: connectionResolvers(),
};
