import { postGraphQL, type RegionCode } from './coverage-api';
import { type MunicipalityNames } from './municipality-name';

/** One count as every level's `figures` gives it: a value, or the reason it is withheld. */
export type FigureValue = { value: number | null; suppressed: boolean; suppressionReason: string | null };
export type FigureRow = FigureValue & { label: string; sample: boolean };

export type SeriesPoint = { date: string; cells: number; municipalitiesCovered: number; formerMunicipalitiesCovered: number };
export type Observation = { date: string; cells: number | null; municipalitiesCovered: number | null; note: string | null; source: string };
export type Trend = { points: SeriesPoint[]; observations: Observation[]; observationsError?: string };

export type LivcrFigure = FigureValue & { measure: string; meetingFrequency: string | null; region: RegionCode; provinceNis: string | null };
export type ProvinceName = { nis: string; names: MunicipalityNames; region: { code: RegionCode } };

/** The governance levels whose root fields carry `figures`. */
export type Level = 'federal' | 'flanders' | 'walloniaBrussels' | 'euPartners';
export const LEVELS: readonly Level[] = ['federal', 'flanders', 'walloniaBrussels', 'euPartners'];

/** What the dashboard shows of each level: events per month for the shared chart, and its own tables. */
export type LevelFigures = {
  eventsPerMonth: Array<{ month: string; value: number }>;
  tables: Array<{ key: LevelTable; rows: FigureRow[] }>;
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
const ROW = 'label value suppressed suppressionReason';

type KeyedRow = FigureValue & { label: string; keys: Array<{ name: string; value: string }> };
const monthOf = (row: KeyedRow) => row.keys.find((key) => key.name === 'month')?.value ?? row.label;
const sampleRow = (sample: boolean) => (row: FigureValue & { label: string }): FigureRow => ({ ...row, sample });

/** The hub's quarterly series for a region or the country, and the public observations of the same area. */
export async function fetchTrend(region: RegionCode | undefined): Promise<Trend> {
  const to = new Date().toISOString().slice(0, 10);
  const { livcrCoverageSeries } = await postGraphQL<{ livcrCoverageSeries: { points: SeriesPoint[] } }>(
    API,
    `query DemoSeries($region: RegionCode, $from: Date!, $to: Date!) {
      livcrCoverageSeries(region: $region, from: $from, to: $to, interval: QUARTER) {
        points { date cells municipalitiesCovered formerMunicipalitiesCovered }
      }
    }`,
    { region, from: SERIES_START, to },
  );
  // The observations come from the federal subgraph: without them the chart still shows the hub's records.
  try {
    const { federal } = await postGraphQL<{
      federal: { coverageObservations: Array<Omit<Observation, 'source'> & { provenance: { source: string } }> };
    }>(
      API,
      `query DemoObservations($area: FederalCoverageArea) {
        federal { coverageObservations(region: $area) { date cells municipalitiesCovered note provenance { source } } }
      }`,
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
  const data = await postGraphQL<{
    livcrFigures: { at: string; figures: LivcrFigure[]; provenance: { kind: string } };
    provinces: ProvinceName[];
  }>(
    API,
    `query DemoCellFigures {
      livcrFigures { at figures { measure meetingFrequency region provinceNis value suppressed suppressionReason } provenance { kind } }
      provinces { nis names { nl fr de } region { code } }
    }`,
    {},
  );
  return { ...data.livcrFigures, provinces: data.provinces };
}

/** One level's figures, in one request per level so that one level down leaves the others on the page. */
export async function fetchLevelFigures(level: Level): Promise<LevelFigures> {
  switch (level) {
    case 'federal': {
      type Row = KeyedRow & { kind: string; provenance: { kind: string } };
      const { federal } = await postGraphQL<{ federal: { figures: Row[] } }>(
        API,
        `{ federal { figures(kinds: [EVENTS_PER_MONTH, MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION, LOCAL_INITIATIVES_PER_REGION, OFFERS_PER_ORGANISATION_AND_KIND]) {
          kind keys { name value } ${ROW} provenance { kind } } } }`,
        {},
      );
      const of = (kind: string) =>
        federal.figures.filter((row) => row.kind === kind).map((row) => ({ ...sampleRow(row.provenance.kind === 'SAMPLE')(row) }));
      return {
        eventsPerMonth: federal.figures.filter((row) => row.kind === 'EVENTS_PER_MONTH').map((row) => ({ month: monthOf(row), value: row.value ?? 0 })),
        tables: [
          { key: 'mobileTeamVisits', rows: of('MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION') },
          { key: 'localInitiatives', rows: of('LOCAL_INITIATIVES_PER_REGION') },
          { key: 'offers', rows: of('OFFERS_PER_ORGANISATION_AND_KIND') },
        ],
      };
    }
    case 'flanders': {
      type Row = FigureValue & { label: string; series: string; month: string | null; provenance: { kind: string } };
      const { flanders } = await postGraphQL<{ flanders: { figures: Row[] } }>(
        API,
        `{ flanders { figures(series: [EVENTS_PER_MONTH, HELPDESK_QUESTIONS_PER_YEAR, COACHING_TRAJECTORIES_PER_TRACK, OFFERS_PER_ORGANISATION_AND_KIND]) {
          series month ${ROW} provenance { kind } } } }`,
        {},
      );
      const of = (series: string) => flanders.figures.filter((row) => row.series === series).map((row) => sampleRow(row.provenance.kind === 'SAMPLE')(row));
      return {
        eventsPerMonth: flanders.figures.filter((row) => row.series === 'EVENTS_PER_MONTH').map((row) => ({ month: row.month ?? row.label, value: row.value ?? 0 })),
        tables: [
          { key: 'helpdeskQuestions', rows: of('HELPDESK_QUESTIONS_PER_YEAR') },
          { key: 'coachingTracks', rows: of('COACHING_TRAJECTORIES_PER_TRACK') },
          { key: 'offers', rows: of('OFFERS_PER_ORGANISATION_AND_KIND') },
        ],
      };
    }
    case 'walloniaBrussels': {
      type Row = KeyedRow & { sample: boolean };
      const { walloniaBrussels } = await postGraphQL<{ walloniaBrussels: { figures: Record<'eventsPerMonth' | 'csilrSupportPerProvince' | 'offersPerOrganisationAndKind', Row[]> } }>(
        API,
        `{ walloniaBrussels { figures {
          eventsPerMonth { keys { name value } ${ROW} sample }
          csilrSupportPerProvince { keys { name value } ${ROW} sample }
          offersPerOrganisationAndKind { keys { name value } ${ROW} sample }
        } } }`,
        {},
      );
      const { figures } = walloniaBrussels;
      return {
        eventsPerMonth: figures.eventsPerMonth.map((row) => ({ month: monthOf(row), value: row.value ?? 0 })),
        tables: [
          { key: 'csilrSupport', rows: figures.csilrSupportPerProvince },
          { key: 'offers', rows: figures.offersPerOrganisationAndKind },
        ],
      };
    }
    case 'euPartners': {
      type Row = KeyedRow & { sample: boolean };
      const { euPartners } = await postGraphQL<{ euPartners: { figures: Record<'eventsPerMonth' | 'projectsPerFundingProgramme', Row[]> } }>(
        API,
        `{ euPartners { figures {
          eventsPerMonth { keys { name value } ${ROW} sample }
          projectsPerFundingProgramme { keys { name value } ${ROW} sample }
        } } }`,
        {},
      );
      const { figures } = euPartners;
      return {
        eventsPerMonth: figures.eventsPerMonth.map((row) => ({ month: monthOf(row), value: row.value ?? 0 })),
        tables: [{ key: 'fundingProgrammes', rows: figures.projectsPerFundingProgramme }],
      };
    }
  }
}
