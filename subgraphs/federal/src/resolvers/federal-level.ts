import { GraphQLError } from 'graphql';
import { countFigures, type FigureKind } from '../data/count-figures';
import { findCoverageObservations } from '../data/find-coverage-observations';
import { countDocuments, findDocumentPage } from '../data/find-document-page';
import { countEvents, findEventPage } from '../data/find-event-page';
import { countLocalInitiatives, findLocalInitiativePage } from '../data/find-local-initiative-page';
import { findMobileTeam } from '../data/find-mobile-team';
import { countOffers, findOfferPage } from '../data/find-offer-page';
import { countOrganisations, findOrganisationPage } from '../data/find-organisation-page';
import { countPoliceZones, findPoliceZonePage } from '../data/find-police-zone-page';
import { countProjects, findProjectPage } from '../data/find-project-page';
import { countVisits, findVisitPage } from '../data/find-visit-page';
import { type FederalFigureKind, type FederalLevelResolvers } from '../generated/resolvers-types';
import { checkDateRange, checkMunicipality, checkProvince, languageCode, REGION_ISO, searchText } from './arguments';
import { pageWindow, toPage } from './connection';

const ALL_FIGURE_KINDS: readonly FederalFigureKind[] = [
  'EVENTS_PER_MONTH',
  'OFFERS_PER_ORGANISATION_AND_KIND',
  'MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION',
  'MOBILE_TEAM_VISITS_PER_TOPIC',
  'DOCUMENTS_PER_TYPE',
  'LOCAL_INITIATIVES_PER_REGION',
  'POLICE_ZONES_PER_PROVINCE',
];

/** The lists under `federal { ... }`: each parses its arguments, then reads one page and counts only when asked. */
export const federalLevelResolvers: FederalLevelResolvers = {
  organisations: async (_level, { filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'NAME_ASC';
    const kind = `federal-organisations:${order}`;
    const window = pageWindow(kind, first, after);
    const query = { types: filter?.types ?? undefined, parentId: filter?.parent ?? undefined, search: searchText(filter?.search) };
    return toPage(kind, window, await findOrganisationPage(db, query, order, window), () => countOrganisations(db, query));
  },
  organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
  offers: async (_level, { filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'TITLE_ASC';
    const kind = `federal-offers:${order}`;
    const window = pageWindow(kind, first, after);
    const query = {
      kinds: filter?.kinds ?? undefined,
      organisationId: filter?.organisation ?? undefined,
      language: languageCode(filter?.language),
      search: searchText(filter?.search),
    };
    return toPage(kind, window, await findOfferPage(db, query, order, window), () => countOffers(db, query));
  },
  events: async (_level, { from, to, filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'DATE_ASC';
    const kind = `federal-events:${order}`;
    const window = pageWindow(kind, first, after);
    const query = {
      ...checkDateRange(from, to),
      kinds: filter?.kinds ?? undefined,
      organiserId: filter?.organiser ?? undefined,
      language: languageCode(filter?.language),
    };
    return toPage(kind, window, await findEventPage(db, query, order, window), () => countEvents(db, query));
  },
  projects: async (_level, { filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'DATE_ASC';
    const kind = `federal-projects:${order}`;
    const window = pageWindow(kind, first, after);
    const range = checkDateRange(filter?.activeFrom, filter?.activeTo, { from: 'filter.activeFrom', to: 'filter.activeTo' });
    const query = { activeFrom: range.from, activeTo: range.to, search: searchText(filter?.search) };
    return toPage(kind, window, await findProjectPage(db, query, order, window), () => countProjects(db, query));
  },
  documents: async (_level, { filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'DATE_ASC';
    const kind = `federal-documents:${order}`;
    const window = pageWindow(kind, first, after);
    const query = {
      ...checkDateRange(filter?.from, filter?.to, { from: 'filter.from', to: 'filter.to' }),
      types: filter?.types ?? undefined,
      search: searchText(filter?.search),
    };
    return toPage(kind, window, await findDocumentPage(db, query, order, window), () => countDocuments(db, query));
  },
  document: (_level, { id }, { loaders }) => loaders.document.load(id),
  localInitiatives: async (_level, { filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'NAME_ASC';
    const kind = `federal-local-initiatives:${order}`;
    const window = pageWindow(kind, first, after);
    const query = {
      regionIso: filter?.region ? REGION_ISO[filter.region] : undefined,
      provinceNis: checkProvince(filter?.province, 'filter.province'),
      municipalityNis: checkMunicipality(filter?.municipality, 'filter.municipality'),
      search: searchText(filter?.search),
    };
    return toPage(kind, window, await findLocalInitiativePage(db, query, order, window), () => countLocalInitiatives(db, query));
  },
  mobileTeam: async (_level, _args, { db }) => {
    const team = await findMobileTeam(db);
    if (!team) throw new GraphQLError('The Mobile Team record is missing: the federal seed has not run');
    return team;
  },
  mobileTeamVisits: async (_level, { from, to, filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'DATE_ASC';
    const kind = `federal-mobile-team-visits:${order}`;
    const window = pageWindow(kind, first, after);
    const query = {
      ...checkDateRange(from, to),
      regionIso: filter?.region ? REGION_ISO[filter.region] : undefined,
      provinceNis: checkProvince(filter?.province, 'filter.province'),
      municipalityNis: checkMunicipality(filter?.municipality, 'filter.municipality'),
      topics: filter?.topics ?? undefined,
    };
    return toPage(kind, window, await findVisitPage(db, query, order, window), () => countVisits(db, query));
  },
  coverageObservations: (_level, { region, from, to }, { db }) =>
    findCoverageObservations(db, { area: region ?? undefined, ...checkDateRange(from, to) }),
  policeZones: async (_level, { filter, first, after, orderBy }, { db }) => {
    const order = orderBy ?? 'ID_ASC';
    const kind = `federal-police-zones:${order}`;
    const window = pageWindow(kind, first, after);
    const query = {
      regionIso: filter?.region ? REGION_ISO[filter.region] : undefined,
      provinceNis: checkProvince(filter?.province, 'filter.province'),
      search: searchText(filter?.search),
    };
    return toPage(kind, window, await findPoliceZonePage(db, query, order, window), () => countPoliceZones(db, query));
  },
  policeZone: (_level, { id }, { loaders }) => loaders.policeZone.load(id),
  figures: async (_level, { kinds }, { db }) => {
    const wanted = ALL_FIGURE_KINDS.filter((kind) => !kinds || kinds.includes(kind));
    const figures = await Promise.all(wanted.map((kind) => countFigures(db, kind satisfies FigureKind)));
    return figures.flat();
  },
};
