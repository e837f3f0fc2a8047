import { type FigureSource, type Language } from '@cohesion/kit';
import { type FigureCount, type PublicFigureSeries } from '../data/count-figure-series';
import { type findHelpdeskDetailByYear } from '../data/find-helpdesk-detail-by-year';
import { type SubgraphContext } from '../context';
import { type FigurePoint, type LocalizedTextValue } from '../data/rows';
import { text } from './text';

/** Counts below this, about people or cases below region level, are withheld. */
export const SUPPRESSION_THRESHOLD = 5;

export const PUBLIC_FIGURE_SERIES: readonly PublicFigureSeries[] = [
  'EVENTS_PER_MONTH',
  'OFFERS_PER_ORGANISATION_AND_KIND',
  'HELPDESK_QUESTIONS_PER_YEAR',
  'HELPDESK_LOCAL_GOVERNMENTS_PER_YEAR',
  'COACHING_TRAJECTORIES_PER_TRACK',
  'COACHING_TRAJECTORIES_PER_START_YEAR',
  'COACHED_MUNICIPALITIES_PER_PROVINCE',
  'EMMASCAN_EVALUATIONS_PER_YEAR',
  'DOCUMENTS_PER_TYPE',
];

const COUNTED: Record<PublicFigureSeries, string> = {
  EVENTS_PER_MONTH: 'dated Flemish events',
  OFFERS_PER_ORGANISATION_AND_KIND: 'offers to local governments',
  HELPDESK_QUESTIONS_PER_YEAR: 'VVSG helpdesk questions',
  HELPDESK_LOCAL_GOVERNMENTS_PER_YEAR: 'local governments asking VVSG’s helpdesk',
  COACHING_TRAJECTORIES_PER_TRACK: 'LIVC-R coaching trajectories',
  COACHING_TRAJECTORIES_PER_START_YEAR: 'LIVC-R coaching trajectories',
  COACHED_MUNICIPALITIES_PER_PROVINCE: 'municipalities in LIVC-R coaching',
  EMMASCAN_EVALUATIONS_PER_YEAR: 'EMMASCAN evaluations',
  DOCUMENTS_PER_TYPE: 'documents of the legal and policy framework',
};

// Names of the Flemish provinces for figure labels; the municipalities subgraph owns the Province entity.
const PROVINCE_NAMES: Record<string, LocalizedTextValue> = {
  '10000': { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
  '20001': { nl: 'Vlaams-Brabant', fr: 'Brabant flamand', de: 'Flämisch-Brabant', en: 'Flemish Brabant' },
  '30000': { nl: 'West-Vlaanderen', fr: 'Flandre occidentale', de: 'Westflandern', en: 'West Flanders' },
  '40000': { nl: 'Oost-Vlaanderen', fr: 'Flandre orientale', de: 'Ostflandern', en: 'East Flanders' },
  '70000': { nl: 'Limburg', fr: 'Limbourg', de: 'Limburg', en: 'Limburg' },
};

export function provinceName(nis: string, language: Language): string {
  return PROVINCE_NAMES[nis]?.[language] ?? nis;
}

/** A public series' grouped counts as figures; none of them is about people or cases below region level. */
export function publicFigures(series: PublicFigureSeries, counts: readonly FigureCount[]): FigurePoint[] {
  return counts.map(({ value, sample, referenceDate, ...keys }) => ({
    kind: series,
    ...keys,
    count: value,
    suppressionReason: null,
    provenance: {
      source: `Cohesion Hub count of ${COUNTED[series]} in the flanders subgraph; each counted record carries its own source.`,
      sourceKind: sample ? 'SAMPLE' : 'PUBLICATION',
      sourceUrl: null,
      referenceDate: referenceDate ?? '2024-01-01',
    },
  }));
}

const SMALL_COUNT =
  'Fewer than 5 helpdesk questions below region level: questions can concern individual situations, so counts of 1 to 4 are withheld.';
const COMPLEMENTARY =
  'Withheld together with a small count, so that the small count cannot be derived from the published yearly total.';

/**
 * The helpdesk detail of one year as figures. Question counts of 1 to 4 per province and quarter are
 * withheld; when that withholds a single cell, the next smallest is withheld too, because the yearly total
 * is public and would otherwise give the withheld count away by subtraction.
 */
export function helpdeskDetailFigures(detail: Awaited<ReturnType<typeof findHelpdeskDetailByYear>>[number]): FigurePoint[] {
  const small = (value: number) => value > 0 && value < SUPPRESSION_THRESHOLD;
  const withheld = new Map<(typeof detail.questions)[number], string>();
  for (const row of detail.questions) if (small(row.questions)) withheld.set(row, SMALL_COUNT);
  if (withheld.size === 1) {
    const [next] = detail.questions.filter((row) => !withheld.has(row) && row.questions > 0).sort((a, b) => a.questions - b.questions);
    if (next) withheld.set(next, COMPLEMENTARY);
  }
  const provenanceOf = (row: { source: string; sourceKind: string; sourceUrl: string | null; referenceDate: string }) => ({
    source: row.source,
    sourceKind: row.sourceKind,
    sourceUrl: row.sourceUrl,
    referenceDate: row.referenceDate,
  });
  return [
    ...detail.questions.map((row) => ({
      kind: 'HELPDESK_QUESTIONS_PER_PROVINCE_AND_QUARTER',
      year: row.year,
      quarter: row.quarter,
      provinceNis: row.provinceNis,
      count: row.questions,
      suppressionReason: withheld.get(row) ?? null,
      provenance: provenanceOf(row),
    })),
    ...detail.localGovernments.map((row) => ({
      kind: 'HELPDESK_LOCAL_GOVERNMENTS_PER_PROVINCE',
      year: row.year,
      provinceNis: row.provinceNis,
      count: row.localGovernments,
      suppressionReason: null,
      provenance: provenanceOf(row),
    })),
  ];
}

// The keys a point is grouped by, under the names the FlemishFigureKind descriptions give.
const KEY_NAMES = ['year', 'quarter', 'month', 'provinceNis', 'organisationId', 'offerKind', 'track', 'documentType'] as const;
const KEY_NAME: Record<(typeof KEY_NAMES)[number], string> = {
  year: 'year',
  quarter: 'quarter',
  month: 'month',
  provinceNis: 'province',
  organisationId: 'organisation',
  offerKind: 'offerKind',
  track: 'track',
  documentType: 'documentType',
};

/**
 * A data point in the shared `Figure` shape, its label in the caller's language (provinces and the organisation by
 * name, `organisationName` being the organisation's name in that language).
 */
export function figureOf(point: FigurePoint, language: Language, organisationName: string | null): FigureSource {
  const keys = KEY_NAMES.flatMap((key) => {
    const value = point[key];
    return value === null || value === undefined ? [] : [{ name: KEY_NAME[key], value: String(value) }];
  });
  const label = [
    point.year === null || point.year === undefined ? null : String(point.year),
    point.quarter ? `Q${point.quarter}` : null,
    point.month ?? null,
    point.provinceNis ? provinceName(point.provinceNis, language) : null,
    organisationName,
    point.offerKind ?? null,
    point.track ?? null,
    point.documentType ?? null,
  ].filter((part): part is string => part !== null);
  return { kind: point.kind, label: label.join(' – '), keys, count: point.count, suppressionReason: point.suppressionReason, provenance: point.provenance };
}

/** Data points as figures, the organisations of their labels loaded in one batch. */
export async function figuresOf(points: readonly FigurePoint[], { language, loaders }: SubgraphContext): Promise<FigureSource[]> {
  return Promise.all(
    points.map(async (point) => {
      const organisation = point.organisationId ? await loaders.organisation.load(point.organisationId) : null;
      return figureOf(point, language, organisation ? text.textIn(organisation.name, null, language) : null);
    }),
  );
}
