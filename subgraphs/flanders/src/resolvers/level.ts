import { badUserInput } from '@cohesion/kit';
import { countFigureSeries, type PublicFigureSeries } from '../data/count-figure-series';
import { countCoachingTrajectories, findCoachingTrajectoryPage, TRAJECTORY_ORDERS } from '../data/find-coaching-trajectory-page';
import { findCoachingTracks } from '../data/find-coaching-tracks';
import { countDocuments, DOCUMENT_ORDERS, findDocumentPage } from '../data/find-document-page';
import { countEmmascanEvaluations, EVALUATION_ORDERS, findEmmascanEvaluationPage } from '../data/find-emmascan-evaluation-page';
import { findEmmascanModules } from '../data/find-emmascan-modules';
import { countEvents, EVENT_ORDERS, findEventPage } from '../data/find-event-page';
import { countExperts, EXPERT_ORDERS, findExpertPage } from '../data/find-expert-page';
import { findHelpdeskYears } from '../data/find-helpdesk-years';
import { countNetworks, findNetworkPage, NETWORK_ORDERS, type NetworkKind } from '../data/find-network-page';
import { countOffers, findOfferPage, OFFER_ORDERS } from '../data/find-offer-page';
import { countOrganisations, findOrganisationPage, ORGANISATION_ORDERS } from '../data/find-organisation-page';
import { countProjects, findProjectPage, PROJECT_ORDERS } from '../data/find-project-page';
import { type Database } from '@cohesion/db';
import { type FlemishLevelResolvers, type FlemishNetworkFilter, type InputMaybe } from '../generated/resolvers-types';
import { checkNis, checkRange, optional, searchText } from './arguments';
import { PUBLIC_FIGURE_SERIES, publicFigures } from './figures';
import { pageOf, pageRequest } from './paging';

/** The expert pool the sources describe (seed-003). */
const EXPERT_POOL_ID = 'expertenpool-gewelddadige-radicalisering-extremisme';

const COLLECTION_OF_NETWORK: Record<NetworkKind, string> = {
  WORKING_GROUP: 'working-groups',
  INTERVISION_CIRCLE: 'intervision-circles',
  REGIONAL_PLATFORM: 'regional-platforms',
};

function networkPage(
  db: Database,
  networkKind: NetworkKind,
  args: { filter?: InputMaybe<FlemishNetworkFilter>; first?: number | null; after?: string | null; orderBy?: string | null },
) {
  const request = pageRequest(COLLECTION_OF_NETWORK[networkKind], args.orderBy, NETWORK_ORDERS, args.first, args.after);
  const query = { networkKind, provinceNis: checkNis(args.filter?.province, 'filter.province'), search: searchText(args.filter?.search) };
  return pageOf(
    request,
    () => findNetworkPage(db, { ...query, ...request }),
    () => countNetworks(db, query),
  );
}

function isPublicSeries(series: string): series is PublicFigureSeries {
  return (PUBLIC_FIGURE_SERIES as readonly string[]).includes(series);
}

export const flemishLevelResolvers: FlemishLevelResolvers = {
  organisations: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('organisations', orderBy, ORGANISATION_ORDERS, first, after);
    const query = {
      types: optional(filter?.types),
      level: optional(filter?.level),
      expertPoolId: optional(filter?.expertPool),
      search: searchText(filter?.search),
    };
    return pageOf(
      request,
      () => findOrganisationPage(db, { ...query, ...request }),
      () => countOrganisations(db, query),
    );
  },
  organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
  offers: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('offers', orderBy, OFFER_ORDERS, first, after);
    const query = {
      kinds: optional(filter?.kinds),
      organisationId: optional(filter?.organisation),
      expertPoolId: optional(filter?.expertPool),
      language: optional(filter?.language),
      search: searchText(filter?.search),
    };
    return pageOf(
      request,
      () => findOfferPage(db, { ...query, ...request }),
      () => countOffers(db, query),
    );
  },
  offer: (_level, { id }, { loaders }) => loaders.offer.load(id),
  events: (_level, { from, to, filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('events', orderBy, EVENT_ORDERS, first, after);
    const query = {
      ...checkRange(from, to, 'to'),
      kinds: optional(filter?.kinds),
      language: optional(filter?.language),
      organiserId: optional(filter?.organiser),
      online: optional(filter?.online),
      search: searchText(filter?.search),
    };
    return pageOf(
      request,
      () => findEventPage(db, { ...query, ...request }),
      () => countEvents(db, query),
    );
  },
  projects: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('projects', orderBy, PROJECT_ORDERS, first, after);
    const query = { organisationId: optional(filter?.organisation), search: searchText(filter?.search) };
    return pageOf(
      request,
      () => findProjectPage(db, { ...query, ...request }),
      () => countProjects(db, query),
    );
  },
  documents: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('documents', orderBy, DOCUMENT_ORDERS, first, after);
    const query = { ...checkRange(filter?.from, filter?.to, 'filter.to'), types: optional(filter?.types), search: searchText(filter?.search) };
    return pageOf(
      request,
      () => findDocumentPage(db, { ...query, ...request }),
      () => countDocuments(db, query),
    );
  },
  workingGroups: (_level, args, { db }) => networkPage(db, 'WORKING_GROUP', args),
  intervisionCircles: (_level, args, { db }) => networkPage(db, 'INTERVISION_CIRCLE', args),
  regionalPlatforms: (_level, args, { db }) => networkPage(db, 'REGIONAL_PLATFORM', args),
  expertPool: (_level, _args, { loaders }) => loaders.organisation.load(EXPERT_POOL_ID),
  experts: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('experts', orderBy, EXPERT_ORDERS, first, after);
    const query = { organisationId: optional(filter?.organisation) };
    return pageOf(
      request,
      () => findExpertPage(db, { ...query, ...request }),
      () => countExperts(db, query),
    );
  },
  coachingTracks: (_level, _args, { db }) => findCoachingTracks(db),
  coachingTrajectories: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('coaching-trajectories', orderBy, TRAJECTORY_ORDERS, first, after);
    const range = checkRange(filter?.startedFrom, filter?.startedTo, 'filter.startedTo');
    const query = {
      tracks: optional(filter?.tracks),
      provinceNis: checkNis(filter?.province, 'filter.province'),
      municipalityNis: checkNis(filter?.municipality, 'filter.municipality'),
      shared: optional(filter?.shared),
      startedFrom: range.from,
      startedTo: range.to,
    };
    return pageOf(
      request,
      () => findCoachingTrajectoryPage(db, { ...query, ...request }),
      () => countCoachingTrajectories(db, query),
    );
  },
  emmascanModules: (_level, _args, { db, loaders }) =>
    findEmmascanModules(db).then((rows) => rows.map((row) => (loaders.emmascanModule.prime(row.id, row), row))),
  emmascanEvaluations: (_level, { filter, first, after, orderBy }, { db }) => {
    const request = pageRequest('emmascan-evaluations', orderBy, EVALUATION_ORDERS, first, after);
    const query = {
      ...checkRange(filter?.from, filter?.to, 'filter.to'),
      provinceNis: checkNis(filter?.province, 'filter.province'),
      municipalityNis: checkNis(filter?.municipality, 'filter.municipality'),
    };
    return pageOf(
      request,
      () => findEmmascanEvaluationPage(db, { ...query, ...request }),
      () => countEmmascanEvaluations(db, query),
    );
  },
  helpdeskYears: (_level, _args, { db }) => findHelpdeskYears(db),
  figures: async (_level, { series }, { db }) => {
    const wanted = series ?? PUBLIC_FIGURE_SERIES;
    for (const name of wanted) {
      if (!isPublicSeries(name)) {
        throw badUserInput('series', name, 'helpdesk detail series are read from FlemishHelpdeskYear.detail, which needs the regional:read scope');
      }
    }
    const publicSeries = [...new Set(wanted)].filter(isPublicSeries);
    const counted = await Promise.all(publicSeries.map(async (name) => publicFigures(name, await countFigureSeries(db, name))));
    return counted.flat();
  },
};
