import { badUserInput, decodeCursor } from '@cohesion/kit';
import { countCsilrSupport, findCsilrSupportPage } from '../data/find-csilr-support-page';
import { countDocuments, findDocumentPage } from '../data/find-document-page';
import { countEvents, findEventPage } from '../data/find-event-page';
import { countOffers, findOfferPage } from '../data/find-offer-page';
import { countOrganisations, findOrganisationPage } from '../data/find-organisation-page';
import { countPreventionGuidance, findPreventionGuidancePage } from '../data/find-prevention-guidance-page';
import { countProjects, findProjectPage } from '../data/find-project-page';
import { findAllSources } from '../data/find-sources-by-id';
import { type Resolvers } from '../generated/resolvers-types';
import { decodeKeysetCursor, keysetPage, nisPage, pageSize } from './paging';

const NIS_CODE = /^\d{5}$/;

/** A date range whose end precedes its start is the caller's mistake, not an empty answer. */
function checkRange(from: string | null | undefined, to: string | null | undefined, toArgument: string) {
  if (from && to && to < from) throw badUserInput(toArgument, to, `expected a date on or after ${from}`);
  return { from: from ?? undefined, to: to ?? undefined };
}

function search(text: string | null | undefined): string | undefined {
  return text?.trim() || undefined;
}

function checkNis(nis: string, argument: string): string {
  if (!NIS_CODE.test(nis)) throw badUserInput(argument, nis, 'expected a five-digit Statbel NIS code such as "50000"');
  return nis;
}

export const levelResolvers: Pick<Resolvers, 'Query' | 'WalloniaBrusselsLevel'> = {
  Query: {
    walloniaBrussels: () => ({}),
  },
  WalloniaBrusselsLevel: {
    organisations: async (_level, { filter, orderBy, first, after }, { db }) => {
      const kind = `wallonia-brussels-organisation-${orderBy}`;
      const query = {
        type: filter?.type ?? undefined,
        level: filter?.level ?? undefined,
        region: filter?.region ?? undefined,
        search: search(filter?.search),
      };
      const position = decodeKeysetCursor(kind, after);
      const result = await findOrganisationPage(db, { ...query, orderBy, first: pageSize(first), after: position });
      return keysetPage(kind, result, position, () => countOrganisations(db, query));
    },
    organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
    offers: async (_level, { filter, orderBy, first, after }, { db }) => {
      const kind = `wallonia-brussels-offer-${orderBy}`;
      const query = {
        kinds: filter?.kinds ?? undefined,
        organisationId: filter?.organisation ?? undefined,
        region: filter?.region ?? undefined,
        language: filter?.language?.toLowerCase(),
        search: search(filter?.search),
      };
      const position = decodeKeysetCursor(kind, after);
      const result = await findOfferPage(db, { ...query, orderBy, first: pageSize(first), after: position });
      return keysetPage(kind, result, position, () => countOffers(db, query));
    },
    offer: (_level, { id }, { loaders }) => loaders.offer.load(id),
    events: async (_level, { from, to, filter, orderBy, first, after }, { db }) => {
      const kind = `wallonia-brussels-event-${orderBy}`;
      const query = {
        ...checkRange(from, to, 'to'),
        kinds: filter?.kinds ?? undefined,
        organiserId: filter?.organiser ?? undefined,
        language: filter?.language?.toLowerCase(),
        search: search(filter?.search),
      };
      const position = decodeKeysetCursor(kind, after);
      const result = await findEventPage(db, { ...query, orderBy, first: pageSize(first), after: position });
      return keysetPage(kind, result, position, () => countEvents(db, query));
    },
    event: (_level, { id }, { loaders }) => loaders.event.load(id),
    projects: async (_level, { filter, orderBy, first, after }, { db }) => {
      const kind = `wallonia-brussels-project-${orderBy}`;
      const range = checkRange(filter?.activeFrom, filter?.activeTo, 'filter.activeTo');
      const query = {
        activeFrom: range.from,
        activeTo: range.to,
        organisationId: filter?.organisation ?? undefined,
        search: search(filter?.search),
      };
      const position = decodeKeysetCursor(kind, after);
      const result = await findProjectPage(db, { ...query, orderBy, first: pageSize(first), after: position });
      return keysetPage(kind, result, position, () => countProjects(db, query));
    },
    project: (_level, { id }, { loaders }) => loaders.project.load(id),
    documents: async (_level, { filter, orderBy, first, after }, { db }) => {
      const kind = `wallonia-brussels-document-${orderBy}`;
      const range = checkRange(filter?.issuedFrom, filter?.issuedTo, 'filter.issuedTo');
      const query = {
        types: filter?.types ?? undefined,
        issuedFrom: range.from,
        issuedTo: range.to,
        authorId: filter?.author ?? undefined,
        search: search(filter?.search),
      };
      const position = decodeKeysetCursor(kind, after);
      const result = await findDocumentPage(db, { ...query, orderBy, first: pageSize(first), after: position });
      return keysetPage(kind, result, position, () => countDocuments(db, query));
    },
    document: (_level, { id }, { loaders }) => loaders.document.load(id),
    csilrSupport: async (_level, { filter, first, after }, { db }) => {
      const kind = 'wallonia-brussels-csilr-support';
      const query = {
        provinceNis: filter?.province ? checkNis(filter.province, 'filter.province') : undefined,
        hasCell: filter?.hasCell ?? undefined,
        throughSocialCohesionPlan: filter?.throughSocialCohesionPlan ?? undefined,
      };
      const afterNis = after ? decodeCursor(kind, after) : undefined;
      const result = await findCsilrSupportPage(db, { ...query, afterNis, first: pageSize(first) });
      return nisPage(kind, result, afterNis, () => countCsilrSupport(db, query));
    },
    preventionGuidance: async (_level, { territory, first, after }, { db }) => {
      const kind = 'wallonia-brussels-prevention-guidance';
      const query = { territory: territory ?? undefined };
      const afterNis = after ? decodeCursor(kind, after) : undefined;
      const result = await findPreventionGuidancePage(db, { ...query, afterNis, first: pageSize(first) });
      return nisPage(kind, result, afterNis, () => countPreventionGuidance(db, query));
    },
    figures: () => ({}),
    sources: (_level, _args, { db, loaders }) =>
      findAllSources(db).then((rows) => rows.map((row) => loaders.source.prime(row.id, row) && row)),
  },
};
