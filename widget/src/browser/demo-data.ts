import { type OperationName } from '@cohesion/client/operation-ids';
import { postGraphQL, type RegionCode } from './coverage-api';
import { type MunicipalityNames } from './municipality-name';

/** One count as every level's `figures` gives it: a value, or the reason it is withheld. */
export type FigureValue = { value: number | null; suppressed: boolean; suppressionReason: string | null };
/** The shared `Figure` shape every level answers (schema/common.graphql). */
export type Figure = FigureValue & { kind: string; label: string; keys: Array<{ name: string; value: string }>; provenance: { kind: string; referenceDate: string } };
export type FigureRow = FigureValue & { label: string; keys: Figure['keys']; sample: boolean };

export type SeriesPoint = { date: string; cells: number; municipalitiesCovered: number; formerMunicipalitiesCovered: number };
export type Observation = {
  date: string;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR';
  cells: number | null;
  municipalitiesCovered: number | null;
  note: string | null;
  source: string;
};
export type Trend = { points: SeriesPoint[]; observations: Observation[]; observationsError?: string };

export type ProvinceName = { nis: string; names: MunicipalityNames; region: { code: RegionCode } };

/** The governance levels whose root fields carry `figures`. */
export type Level = 'federal' | 'flanders' | 'walloniaBrussels' | 'euPartners';
export const LEVELS: readonly Level[] = ['federal', 'flanders', 'walloniaBrussels', 'euPartners'];

/** An organisation's name in each language the dashboard speaks. */
export type OrganisationNames = { nl: string; fr: string; de: string; en: string };

/** What the dashboard shows of each level: events per month for the shared chart, and its own tables. */
export type LevelFigures = {
  eventsPerMonth: Array<{ month: string; value: number }>;
  tables: Array<{ key: LevelTable; rows: FigureRow[] }>;
  /** The names of the organisations its figures name by id (e.g. offers per organisation). */
  organisations: Map<string, OrganisationNames>;
};
export type LevelTable =
  | 'mobileTeamVisits'
  | 'localInitiatives'
  | 'helpdeskQuestions'
  | 'coachingTracks'
  | 'csilrSupport'
  | 'fundingProgrammes'
  | 'offers';

const API = '/graphql';
const SERIES_START = '2016-01-01';
/** The registered operation of each level's figures (client/src/operations/demo.graphql). */
const LEVEL_OPERATIONS: Record<Level, OperationName> = {
  federal: 'DemoFederalFigures',
  flanders: 'DemoFlandersFigures',
  walloniaBrussels: 'DemoWalloniaBrusselsFigures',
  euPartners: 'DemoEuPartnersFigures',
};

/** The value of one of a figure's keys, e.g. `month`; null when the figure is not grouped by it. */
export const keyOf = (figure: Pick<Figure, 'keys'>, ...names: string[]) => figure.keys.find((key) => names.includes(key.name))?.value ?? null;
const rowOf = (figure: Figure): FigureRow => ({ ...figure, sample: figure.provenance.kind === 'SAMPLE' });

/** Which figure kinds each level's tables show; every level also gives EVENTS_PER_MONTH for the shared chart. */
const LEVEL_TABLES: Record<Level, Array<{ key: LevelTable; kind: string }>> = {
  federal: [
    { key: 'mobileTeamVisits', kind: 'MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION' },
    { key: 'localInitiatives', kind: 'LOCAL_INITIATIVES_PER_REGION' },
    { key: 'offers', kind: 'OFFERS_PER_ORGANISATION_AND_KIND' },
  ],
  flanders: [
    { key: 'helpdeskQuestions', kind: 'HELPDESK_QUESTIONS_PER_YEAR' },
    { key: 'coachingTracks', kind: 'COACHING_TRAJECTORIES_PER_TRACK' },
    { key: 'offers', kind: 'OFFERS_PER_ORGANISATION_AND_KIND' },
  ],
  walloniaBrussels: [
    { key: 'csilrSupport', kind: 'CSILR_SUPPORT_PER_PROVINCE' },
    { key: 'offers', kind: 'OFFERS_PER_ORGANISATION_AND_KIND' },
  ],
  euPartners: [{ key: 'fundingProgrammes', kind: 'PROJECTS_PER_FUNDING_PROGRAMME' }],
};

/** The hub's quarterly series for a region or the country, and the public observations of the same area. */
export async function fetchTrend(region: RegionCode | undefined): Promise<Trend> {
  const to = new Date().toISOString().slice(0, 10);
  const { livcrCoverageSeries } = await postGraphQL<{ livcrCoverageSeries: { points: SeriesPoint[] } }>(
    API,
    'DemoSeries',
    { region, from: SERIES_START, to },
  );
  // The observations come from the federal subgraph: without them the chart still shows the hub's records.
  try {
    const { federal } = await postGraphQL<{
      federal: { coverageObservations: Array<Omit<Observation, 'source'> & { provenance: { source: string } }> };
    }>(
      API,
      'DemoObservations',
      { area: region ?? 'BELGIUM' },
    );
    const observations = federal.coverageObservations.map(({ provenance, ...observation }) => ({ ...observation, source: provenance.source }));
    return { points: livcrCoverageSeries.points, observations };
  } catch (error) {
    return { points: livcrCoverageSeries.points, observations: [], observationsError: error instanceof Error ? error.message : String(error) };
  }
}

/** The cell figures per region and province (small counts suppressed below region level), with province names. */
export async function fetchCellFigures() {
  const data = await postGraphQL<{ livcrFigures: Figure[]; provinces: ProvinceName[] }>(
    API,
    'DemoCellFigures',
    {},
  );
  // Every cell figure describes the same date, its provenance's reference date.
  const at = data.livcrFigures[0]?.provenance.referenceDate ?? new Date().toISOString().slice(0, 10);
  return { at, figures: data.livcrFigures, sample: data.livcrFigures.some((figure) => figure.provenance.kind === 'SAMPLE'), provinces: data.provinces };
}

/** One level's figures, in one request per level so that one level down leaves the others on the page. */
export async function fetchLevelFigures(level: Level): Promise<LevelFigures> {
  const tables = LEVEL_TABLES[level];
  const kinds = ['EVENTS_PER_MONTH', ...tables.map((table) => table.kind)];
  // The levels whose tables name organisations by id (offers) also give the organisations' names.
  const data = await postGraphQL<Record<Level, { figures: Figure[]; organisations?: { nodes: Array<OrganisationNames & { id: string }> } }>>(
    API,
    LEVEL_OPERATIONS[level],
    { kinds },
  );
  const ofKind = (kind: string) => data[level].figures.filter((figure) => figure.kind === kind);
  return {
    eventsPerMonth: ofKind('EVENTS_PER_MONTH').map((figure) => ({ month: keyOf(figure, 'month') ?? figure.label, value: figure.value ?? 0 })),
    tables: tables.map(({ key, kind }) => ({ key, rows: ofKind(kind).map(rowOf) })),
    organisations: new Map((data[level].organisations?.nodes ?? []).map(({ id, ...names }) => [id, names])),
  };
}
