import { countCsilrSupportPerProvince } from '../data/count-csilr-support-per-province';
import { countDocumentsPerType } from '../data/count-documents-per-type';
import { countEventsPerMonth } from '../data/count-events-per-month';
import { countGuidancePerTerritory } from '../data/count-guidance-per-territory';
import { countOffersPerOrganisationAndKind } from '../data/count-offers-per-organisation-and-kind';
import { type Resolvers, type WalloniaBrusselsFigure } from '../generated/resolvers-types';
import { checkTimeRange } from '@cohesion/kit';
import { text } from './text';
import { loadAll, required } from './records';

/**
 * None of this level's figures counts people or cases (they count events, offers, documents, municipalities
 * and cells), so the small-number suppression that applies to those never withholds one here.
 */
function figure(label: string, keys: Record<string, string>, value: number, sample = false): WalloniaBrusselsFigure {
  return {
    label,
    keys: Object.entries(keys).map(([name, keyValue]) => ({ name, value: keyValue })),
    value,
    suppressed: false,
    suppressionReason: null,
    sample,
  };
}

const CSILR_MEASURES = [
  ['MUNICIPALITIES', 'municipalities with a social cohesion plan', 'municipalities'],
  ['WITH_CELL', 'municipalities with a CSIL-R', 'withCell'],
  ['CELLS', 'CSIL-R', 'cells'],
  ['THROUGH_SOCIAL_COHESION_PLAN', 'municipalities whose plan funds the coordination', 'throughSocialCohesionPlan'],
] as const;

export const figuresResolvers: Pick<Resolvers, 'WalloniaBrusselsFigures'> = {
  WalloniaBrusselsFigures: {
    eventsPerMonth: async (_figures, { from, to }, { db }) => {
      const rows = await countEventsPerMonth(db, checkTimeRange({ from, to }));
      return rows.map((row) => figure(row.month, { month: row.month }, row.total));
    },
    offersPerOrganisationAndKind: async (_figures, _args, { db, loaders, language }) => {
      const rows = await countOffersPerOrganisationAndKind(db);
      const organisations = await loadAll(loaders.organisation, rows.map((row) => row.organisationId), 'organisation');
      return rows.map((row, index) =>
        figure(`${text.textIn(required(organisations[index], 'organisation').name, null, language)}: ${row.kind}`, { organisation: row.organisationId, kind: row.kind }, row.total),
      );
    },
    documentsPerType: async (_figures, _args, { db }) => {
      const rows = await countDocumentsPerType(db);
      return rows.map((row) => figure(row.type, { type: row.type }, row.total));
    },
    guidancePerSector: async (_figures, _args, { db, loaders, language }) => {
      const rows = await countGuidancePerTerritory(db);
      const offers = await loadAll(loaders.offer, rows.map((row) => row.offerId), 'offer');
      return rows.flatMap((row, index) =>
        required(offers[index], 'offer').sectors.map((sector) => {
          const name = text.textIn(sector, null, language);
          return figure(`${name} (${row.territory})`, { sector: sector.nl ?? name, territory: row.territory, offer: row.offerId }, row.total);
        }),
      );
    },
    csilrSupportPerProvince: async (_figures, _args, { db }) => {
      const rows = await countCsilrSupportPerProvince(db);
      return rows.flatMap((row) =>
        CSILR_MEASURES.map(([measure, label, column]) => figure(`${label}, province ${row.provinceNis}`, { province: row.provinceNis, measure }, row[column], true)),
      );
    },
  },
};
