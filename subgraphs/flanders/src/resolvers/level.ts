import { type Database } from '@cohesion/db';
import { badUserInput, checkTimeRange } from '@cohesion/kit';
import { countFigureSeries, type PublicFigureSeries } from '../data/count-figure-series';
import { findCoachingTrajectoryPage } from '../data/find-coaching-trajectory-page';
import { findCoachingTracks } from '../data/find-coaching-tracks';
import { findDocumentPage } from '../data/find-document-page';
import { findEmmascanEvaluationPage } from '../data/find-emmascan-evaluation-page';
import { findEmmascanModules } from '../data/find-emmascan-modules';
import { findEventPage } from '../data/find-event-page';
import { findExpertPage } from '../data/find-expert-page';
import { findHelpdeskYears } from '../data/find-helpdesk-years';
import { findNetworkPage, type NetworkKind } from '../data/find-network-page';
import { findOfferPage } from '../data/find-offer-page';
import { findOrganisationPage } from '../data/find-organisation-page';
import { findProjectPage } from '../data/find-project-page';
import { type FlemishLevelResolvers, type FlemishNameOrder, type FlemishNetworkFilter, type InputMaybe } from '../generated/resolvers-types';
import { checkNis, optional } from './arguments';
import { figuresOf, PUBLIC_FIGURE_SERIES, publicFigures } from './figures';
import { auditTrail } from './audit-trail';

/** The expert pool the sources describe (seed-003). */
const EXPERT_POOL_ID = 'expertenpool-gewelddadige-radicalisering-extremisme';

function networkPage(
  db: Database,
  networkKind: NetworkKind,
  { filter, ...page }: { filter?: InputMaybe<FlemishNetworkFilter>; first?: number | null; after?: string | null; orderBy?: FlemishNameOrder | null },
) {
  return findNetworkPage(db, { networkKind, includeArchived: filter?.includeArchived, provinceNis: checkNis(filter?.province, 'filter.province'), search: filter?.search }, page);
}

function isPublicSeries(series: string): series is PublicFigureSeries {
  return (PUBLIC_FIGURE_SERIES as readonly string[]).includes(series);
}

export const flemishLevelResolvers: FlemishLevelResolvers = {
  auditTrail: (level, args, context, info) => auditTrail(level, args, context, info),
  organisations: (_level, { filter, ...page }, { db }) =>
    findOrganisationPage(
      db,
      { includeArchived: filter?.includeArchived, types: optional(filter?.types), level: optional(filter?.level), expertPoolId: optional(filter?.expertPool), search: filter?.search },
      page,
    ),
  organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
  offers: (_level, { filter, ...page }, { db }) =>
    findOfferPage(
      db,
      {
        includeArchived: filter?.includeArchived,
        kinds: optional(filter?.kinds),
        organisationId: optional(filter?.organisation),
        expertPoolId: optional(filter?.expertPool),
        language: optional(filter?.language),
        search: filter?.search,
      },
      page,
    ),
  offer: (_level, { id }, { loaders }) => loaders.offer.load(id),
  events: (_level, { from, to, filter, ...page }, { db }) =>
    findEventPage(
      db,
      {
        ...checkTimeRange({ from, to }),
        includeArchived: filter?.includeArchived,
        kinds: optional(filter?.kinds),
        language: optional(filter?.language),
        organiserId: optional(filter?.organiser),
        online: optional(filter?.online),
        search: filter?.search,
      },
      page,
    ),
  projects: (_level, { filter, ...page }, { db }) =>
    findProjectPage(db, { includeArchived: filter?.includeArchived, organisationId: optional(filter?.organisation), search: filter?.search }, page),
  documents: (_level, { filter, ...page }, { db }) =>
    findDocumentPage(
      db,
      { ...checkTimeRange(filter, { path: 'filter.' }), includeArchived: filter?.includeArchived, types: optional(filter?.types), search: filter?.search },
      page,
    ),
  workingGroups: (_level, args, { db }) => networkPage(db, 'WORKING_GROUP', args),
  intervisionCircles: (_level, args, { db }) => networkPage(db, 'INTERVISION_CIRCLE', args),
  regionalPlatforms: (_level, args, { db }) => networkPage(db, 'REGIONAL_PLATFORM', args),
  expertPool: (_level, _args, { loaders }) => loaders.organisation.load(EXPERT_POOL_ID),
  experts: (_level, { filter, ...page }, { db }) => findExpertPage(db, { organisationId: optional(filter?.organisation) }, page),
  coachingTracks: (_level, _args, { db }) => findCoachingTracks(db),
  coachingTrajectories: (_level, { filter, ...page }, { db }) =>
    findCoachingTrajectoryPage(
      db,
      {
        ...checkTimeRange(filter, { path: 'filter.', deprecated: { from: 'startedFrom', to: 'startedTo' } }),
        tracks: optional(filter?.tracks),
        provinceNis: checkNis(filter?.province, 'filter.province'),
        municipalityNis: checkNis(filter?.municipality, 'filter.municipality'),
        shared: optional(filter?.shared),
      },
      page,
    ),
  emmascanModules: (_level, _args, { db, loaders }) =>
    findEmmascanModules(db).then((rows) => rows.map((row) => (loaders.emmascanModule.prime(row.id, row), row))),
  emmascanEvaluations: (_level, { filter, ...page }, { db }) =>
    findEmmascanEvaluationPage(
      db,
      {
        ...checkTimeRange(filter, { path: 'filter.' }),
        provinceNis: checkNis(filter?.province, 'filter.province'),
        municipalityNis: checkNis(filter?.municipality, 'filter.municipality'),
      },
      page,
    ),
  helpdeskYears: (_level, _args, { db }) => findHelpdeskYears(db),
  figures: async (_level, { kinds }, context) => {
    const wanted = kinds ?? PUBLIC_FIGURE_SERIES;
    for (const name of wanted) {
      if (!isPublicSeries(name)) {
        throw badUserInput('kinds', name, 'helpdesk detail figures are read from FlemishHelpdeskYear.detail, which needs the regional:read scope');
      }
    }
    const publicSeries = [...new Set(wanted)].filter(isPublicSeries);
    const counted = await Promise.all(publicSeries.map(async (name) => publicFigures(name, await countFigureSeries(context.db, name))));
    return figuresOf(counted.flat(), context);
  },
};
