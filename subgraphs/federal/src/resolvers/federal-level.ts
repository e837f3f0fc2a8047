import { checkTimeRange, REGION_ISO } from '@cohesion/kit';
import { GraphQLError } from 'graphql';
import { countFigures, type FigureKind } from '../data/count-figures';
import { findCoverageObservations } from '../data/find-coverage-observations';
import { findDocumentPage } from '../data/find-document-page';
import { findEventPage } from '../data/find-event-page';
import { findLocalInitiativePage } from '../data/find-local-initiative-page';
import { findMobileTeam } from '../data/find-mobile-team';
import { findOfferPage } from '../data/find-offer-page';
import { findOrganisationPage } from '../data/find-organisation-page';
import { findPoliceZonePage } from '../data/find-police-zone-page';
import { findProjectPage } from '../data/find-project-page';
import { findVisitPage } from '../data/find-visit-page';
import { type FederalFigureKind, type FederalLevelResolvers } from '../generated/resolvers-types';
import { checkMunicipality, checkProvince, languageCode } from './arguments';
import { suppressionReasonOf } from './figures';
import { auditTrail } from './audit-trail';

const ALL_FIGURE_KINDS: readonly FederalFigureKind[] = [
  'EVENTS_PER_MONTH',
  'OFFERS_PER_ORGANISATION_AND_KIND',
  'MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION',
  'MOBILE_TEAM_VISITS_PER_TOPIC',
  'DOCUMENTS_PER_TYPE',
  'LOCAL_INITIATIVES_PER_REGION',
  'POLICE_ZONES_PER_PROVINCE',
];

/** The lists under `federal { ... }`: each checks its filter, then reads one page through kit's keyset paging. */
export const federalLevelResolvers: FederalLevelResolvers = {
  auditTrail: (level, args, context, info) => auditTrail(level, args, context, info),
  organisations: (_level, { filter, ...page }, { db }) =>
    findOrganisationPage(db, { includeArchived: filter?.includeArchived, types: filter?.types, parentId: filter?.parent, search: filter?.search }, page),
  organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
  offers: (_level, { filter, ...page }, { db }) =>
    findOfferPage(
      db,
      { includeArchived: filter?.includeArchived, kinds: filter?.kinds, organisationId: filter?.organisation, language: languageCode(filter?.language), search: filter?.search },
      page,
    ),
  events: (_level, { from, to, filter, ...page }, { db }) =>
    findEventPage(
      db,
      { ...checkTimeRange({ from, to }), includeArchived: filter?.includeArchived, kinds: filter?.kinds, organiserId: filter?.organiser, language: languageCode(filter?.language) },
      page,
    ),
  projects: (_level, { filter, ...page }, { db }) =>
    findProjectPage(
      db,
      {
        ...checkTimeRange(filter, { path: 'filter.', deprecated: { from: 'activeFrom', to: 'activeTo' } }),
        search: filter?.search,
        includeArchived: filter?.includeArchived,
      },
      page,
    ),
  documents: (_level, { filter, ...page }, { db }) =>
    findDocumentPage(db, { ...checkTimeRange(filter, { path: 'filter.' }), includeArchived: filter?.includeArchived, types: filter?.types, search: filter?.search }, page),
  document: (_level, { id }, { loaders }) => loaders.document.load(id),
  localInitiatives: (_level, { filter, ...page }, { db }) =>
    findLocalInitiativePage(
      db,
      {
        regionIso: filter?.region ? REGION_ISO[filter.region] : undefined,
        provinceNis: checkProvince(filter?.province, 'filter.province'),
        municipalityNis: checkMunicipality(filter?.municipality, 'filter.municipality'),
        search: filter?.search,
        includeArchived: filter?.includeArchived,
      },
      page,
    ),
  mobileTeam: async (_level, _args, { db }) => {
    const team = await findMobileTeam(db);
    if (!team) throw new GraphQLError('The Mobile Team record is missing: the federal seed has not run');
    return team;
  },
  mobileTeamVisits: (_level, { from, to, filter, ...page }, { db }) =>
    findVisitPage(
      db,
      {
        ...checkTimeRange({ from, to }),
        regionIso: filter?.region ? REGION_ISO[filter.region] : undefined,
        provinceNis: checkProvince(filter?.province, 'filter.province'),
        municipalityNis: checkMunicipality(filter?.municipality, 'filter.municipality'),
        topics: filter?.topics,
        includeArchived: filter?.includeArchived,
      },
      page,
    ),
  coverageObservations: (_level, { region, from, to }, { db }) =>
    findCoverageObservations(db, { area: region ?? undefined, ...checkTimeRange({ from, to }) }),
  policeZones: (_level, { filter, ...page }, { db }) =>
    findPoliceZonePage(
      db,
      {
        regionIso: filter?.region ? REGION_ISO[filter.region] : undefined,
        provinceNis: checkProvince(filter?.province, 'filter.province'),
        search: filter?.search,
      },
      page,
    ),
  policeZone: (_level, { id }, { loaders }) => loaders.policeZone.load(id),
  figures: async (_level, { kinds }, { db }) => {
    const wanted = ALL_FIGURE_KINDS.filter((kind) => !kinds || kinds.includes(kind));
    const figures = await Promise.all(wanted.map((kind) => countFigures(db, kind satisfies FigureKind)));
    return figures.flat().map((figure) => ({ ...figure, suppressionReason: suppressionReasonOf(figure) }));
  },
};
