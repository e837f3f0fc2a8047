import { checkNisCode, checkTimeRange } from '@cohesion/kit';
import { findCsilrSupportPage } from '../data/find-csilr-support-page';
import { findDocumentPage } from '../data/find-document-page';
import { findEventPage } from '../data/find-event-page';
import { findOfferPage } from '../data/find-offer-page';
import { findOrganisationPage } from '../data/find-organisation-page';
import { findPreventionGuidancePage } from '../data/find-prevention-guidance-page';
import { findProjectPage } from '../data/find-project-page';
import { findAllSources } from '../data/find-sources-by-id';
import { type Resolvers } from '../generated/resolvers-types';
import { figuresResolver } from './figures';
import { auditTrail } from './audit-trail';

export const levelResolvers: Pick<Resolvers, 'Query' | 'WalloniaBrusselsLevel'> = {
  Query: {
    walloniaBrussels: () => ({}),
  },
  WalloniaBrusselsLevel: {
    auditTrail: (level, args, context, info) => auditTrail(level, args, context, info),
    organisations: (_level, { filter, ...page }, { db }) =>
      findOrganisationPage(db, { includeArchived: filter?.includeArchived, type: filter?.type, level: filter?.level, region: filter?.region, search: filter?.search }, page),
    organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
    offers: (_level, { filter, ...page }, { db }) =>
      findOfferPage(
        db,
        {
          includeArchived: filter?.includeArchived,
          kinds: filter?.kinds,
          organisationId: filter?.organisation,
          region: filter?.region,
          language: filter?.language?.toLowerCase(),
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
          kinds: filter?.kinds,
          organiserId: filter?.organiser,
          language: filter?.language?.toLowerCase(),
          search: filter?.search,
        },
        page,
      ),
    event: (_level, { id }, { loaders }) => loaders.event.load(id),
    projects: (_level, { filter, ...page }, { db }) =>
      findProjectPage(
        db,
        {
          ...checkTimeRange(filter, { path: 'filter.', deprecated: { from: 'activeFrom', to: 'activeTo' } }),
          includeArchived: filter?.includeArchived,
          organisationId: filter?.organisation,
          search: filter?.search,
        },
        page,
      ),
    project: (_level, { id }, { loaders }) => loaders.project.load(id),
    documents: (_level, { filter, ...page }, { db }) =>
      findDocumentPage(
        db,
        {
          ...checkTimeRange(filter, { path: 'filter.', deprecated: { from: 'issuedFrom', to: 'issuedTo' } }),
          includeArchived: filter?.includeArchived,
          types: filter?.types,
          authorId: filter?.author,
          search: filter?.search,
        },
        page,
      ),
    document: (_level, { id }, { loaders }) => loaders.document.load(id),
    csilrSupport: (_level, { filter, ...page }, { db }) =>
      findCsilrSupportPage(
        db,
        {
          provinceNis: filter?.province ? checkNisCode(filter.province, 'filter.province') : undefined,
          hasCell: filter?.hasCell,
          throughSocialCohesionPlan: filter?.throughSocialCohesionPlan,
        },
        page,
      ),
    preventionGuidance: (_level, { territory, ...page }, { db }) => findPreventionGuidancePage(db, { territory }, page),
    figures: figuresResolver,
    sources: (_level, _args, { db, loaders }) =>
      findAllSources(db).then((rows) => rows.map((row) => loaders.source.prime(row.id, row) && row)),
  },
};
