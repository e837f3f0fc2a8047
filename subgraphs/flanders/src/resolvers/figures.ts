import { type Language } from '@cohesion/kit';
import { type FigureCount, type PublicFigureSeries } from '../data/count-figure-series';
import { type findHelpdeskDetailByYear } from '../data/find-helpdesk-detail-by-year';
import { type FigureSource, type LocalizedTextValue } from '../data/rows';

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
export function publicFigures(series: PublicFigureSeries, counts: readonly FigureCount[]): FigureSource[] {
  return counts.map((count) => ({
    series,
    ...count,
    suppressed: false,
    suppressionReason: null,
    provenance: {
      source: `Cohesion Hub count of ${COUNTED[series]} in the flanders subgraph; each counted record carries its own source.`,
      sourceKind: count.sample ? 'SAMPLE' : 'PUBLICATION',
      sourceUrl: null,
      referenceDate: count.referenceDate ?? '2024-01-01',
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
export function helpdeskDetailFigures(detail: Awaited<ReturnType<typeof findHelpdeskDetailByYear>>[number]): FigureSource[] {
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
      series: 'HELPDESK_QUESTIONS_PER_PROVINCE_AND_QUARTER',
      year: row.year,
      quarter: row.quarter,
      provinceNis: row.provinceNis,
      value: withheld.has(row) ? null : row.questions,
      suppressed: withheld.has(row),
      suppressionReason: withheld.get(row) ?? null,
      provenance: provenanceOf(row),
    })),
    ...detail.localGovernments.map((row) => ({
      series: 'HELPDESK_LOCAL_GOVERNMENTS_PER_PROVINCE',
      year: row.year,
      provinceNis: row.provinceNis,
      value: row.localGovernments,
      suppressed: false,
      suppressionReason: null,
      provenance: provenanceOf(row),
    })),
  ];
}

/** A readable label of a data point from its keys, in the caller's language where names have one. */
export function figureLabel(figure: FigureSource, language: Language, organisationName: string | null): string {
  const parts = [
    figure.year === null || figure.year === undefined ? null : String(figure.year),
    figure.quarter ? `Q${figure.quarter}` : null,
    figure.month ?? null,
    figure.provinceNis ? provinceName(figure.provinceNis, language) : null,
    organisationName,
    figure.offerKind ?? null,
    figure.track ?? null,
    figure.documentType ?? null,
  ].filter((part): part is string => part !== null);
  return parts.join(' – ');
}
