import { checkTimeRange, countedProvenance, type FigureSource, required } from '@cohesion/kit';
import { type SubgraphContext } from '../context';
import { countCsilrSupportPerProvince } from '../data/count-csilr-support-per-province';
import { countDocumentsPerType } from '../data/count-documents-per-type';
import { countEventsPerMonth } from '../data/count-events-per-month';
import { countGuidancePerTerritory } from '../data/count-guidance-per-territory';
import { countOffersPerOrganisationAndKind } from '../data/count-offers-per-organisation-and-kind';
import { type WalloniaBrusselsFigureKind, type WalloniaBrusselsLevelResolvers } from '../generated/resolvers-types';
import { text } from './text';
import { loadAll } from './records';

type Counted = { sample: boolean; referenceDate: string | null };
type Range = { from?: string | undefined; to?: string | undefined };

/**
 * None of this level's figures counts people or cases (they count events, offers, documents, municipalities
 * and cells), so the small-number suppression that applies to those never withholds one here.
 */
function figure(kind: WalloniaBrusselsFigureKind, counted: string, row: Counted, label: string, keys: Record<string, string>, count: number): FigureSource {
  return {
    kind,
    label,
    keys: Object.entries(keys).map(([name, value]) => ({ name, value })),
    count,
    suppressionReason: null,
    // Every group has rows, so it has a latest reference date.
    provenance: countedProvenance({ counted: `${counted} of the wallonia-brussels subgraph`, sample: row.sample, referenceDate: row.referenceDate ?? '' }),
  };
}

const CSILR_MEASURES = [
  ['MUNICIPALITIES', 'municipalities with a social cohesion plan', 'municipalities'],
  ['WITH_CELL', 'municipalities with a CSIL-R', 'withCell'],
  ['CELLS', 'CSIL-R', 'cells'],
  ['THROUGH_SOCIAL_COHESION_PLAN', 'municipalities whose plan funds the coordination', 'throughSocialCohesionPlan'],
] as const;

const FIGURES: Record<WalloniaBrusselsFigureKind, (context: SubgraphContext, range: Range) => Promise<FigureSource[]>> = {
  EVENTS_PER_MONTH: async ({ db }, range) =>
    (await countEventsPerMonth(db, range)).map((row) => figure('EVENTS_PER_MONTH', 'events', row, row.month, { month: row.month }, row.total)),
  OFFERS_PER_ORGANISATION_AND_KIND: async ({ db, loaders, language }) => {
    const rows = await countOffersPerOrganisationAndKind(db);
    const organisations = await loadAll(loaders.organisation, rows.map((row) => row.organisationId), 'organisation');
    return rows.map((row, index) =>
      figure(
        'OFFERS_PER_ORGANISATION_AND_KIND',
        'offers',
        row,
        `${text.textIn(required(organisations[index], 'organisation').name, null, language)}: ${row.kind}`,
        { organisation: row.organisationId, kind: row.kind },
        row.total,
      ),
    );
  },
  DOCUMENTS_PER_TYPE: async ({ db }) =>
    (await countDocumentsPerType(db)).map((row) => figure('DOCUMENTS_PER_TYPE', 'documents', row, row.type, { type: row.type }, row.total)),
  GUIDANCE_PER_SECTOR: async ({ db, loaders, language }) => {
    const rows = await countGuidancePerTerritory(db);
    const offers = await loadAll(loaders.offer, rows.map((row) => row.offerId), 'offer');
    return rows.flatMap((row, index) =>
      required(offers[index], 'offer').sectors.map((sector) => {
        const name = text.textIn(sector, null, language);
        const keys = { sector: sector.nl ?? name, territory: row.territory, offer: row.offerId };
        return figure('GUIDANCE_PER_SECTOR', 'prevention guidance records', row, `${name} (${row.territory})`, keys, row.total);
      }),
    );
  },
  CSILR_SUPPORT_PER_PROVINCE: async ({ db }) =>
    (await countCsilrSupportPerProvince(db)).flatMap((row) =>
      CSILR_MEASURES.map(([measure, label, column]) =>
        figure('CSILR_SUPPORT_PER_PROVINCE', 'CSIL-R support records', row, `${label}, province ${row.provinceNis}`, { province: row.provinceNis, measure }, row[column]),
      ),
    ),
};

const ALL_KINDS = Object.keys(FIGURES) as WalloniaBrusselsFigureKind[];

/** `WalloniaBrusselsLevel.figures`: the kinds asked for (all by default), in the order of the kind enum. */
export const figuresResolver: WalloniaBrusselsLevelResolvers['figures'] = async (_level, { kinds, from, to }, context) => {
  const range = checkTimeRange({ from, to });
  const wanted = ALL_KINDS.filter((kind) => !kinds || kinds.includes(kind));
  return (await Promise.all(wanted.map((kind) => FIGURES[kind](context, range)))).flat();
};
