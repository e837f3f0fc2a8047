// Entry point of the demo dashboard script (/demo/demo.js): the page at /demo/ around the embedded map widget.
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import { postGraphQL, type CoverageFigures, type RegionCode } from './coverage-api';
import { DEMO_LABELS, type DemoLabels } from './demo-labels';
import { LABELS, toWidgetLanguage, WIDGET_LANGUAGES, type WidgetLanguage } from './labels';
import { COVERAGE_LOADED_EVENT, type CoverageLoadedDetail } from './events';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip);

const API = '/graphql';
const SERIES_START = '2016-01-01';

type SeriesPoint = { date: string; cells: number; municipalitiesCovered: number; formerMunicipalitiesCovered: number };
type Observation = { date: string; cells: number | null; municipalitiesCovered: number | null; source: string };
type Trend = { points: SeriesPoint[]; observations: Observation[]; observationsError?: string };

type FigureRow = { label: string; value: number | null; suppressed: boolean; suppressionReason: string | null; sample: boolean };
type LevelFigures = { title: string; tables: Array<{ caption: string; rows: FigureRow[] }> };

const state: {
  language: WidgetLanguage;
  region?: RegionCode;
  total?: CoverageFigures;
  trend?: Trend;
  trendError?: string;
  chart?: Chart;
  levels: LevelFigures[];
  levelErrors: string[];
} = { language: 'en', levels: [], levelErrors: [] };

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the demo page has no #${id}`);
  return found as T;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const labels = (): DemoLabels => DEMO_LABELS[state.language];
const formatNumber = (value: number) => value.toLocaleString(state.language);
const formatDate = (date: string) =>
  new Intl.DateTimeFormat(state.language === 'en' ? 'en-GB' : `${state.language}-BE`, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`),
  );
const time = (date: string) => Date.parse(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
const areaName = () => (state.region ? LABELS[state.language].regions[state.region] : LABELS[state.language].wholeCountry);

async function fetchTrend(region: RegionCode | undefined): Promise<Trend> {
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
  // The public observations live in another subgraph: the chart still shows the hub's records without them.
  try {
    const { federal } = await postGraphQL<{
      federal: { coverageObservations: Array<Omit<Observation, 'source'> & { provenance: { source: string } }> };
    }>(
      API,
      `query DemoObservations($region: RegionCode) {
        federal { coverageObservations(region: $region) { date cells municipalitiesCovered provenance { source } } }
      }`,
      { region },
    );
    const observations = federal.coverageObservations.map(({ provenance, ...observation }) => ({ ...observation, source: provenance.source }));
    return { points: livcrCoverageSeries.points, observations };
  } catch (error) {
    return { points: livcrCoverageSeries.points, observations: [], observationsError: error instanceof Error ? error.message : String(error) };
  }
}

function renderTexts() {
  const text = labels();
  document.documentElement.lang = state.language;
  for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const value = text[node.dataset.label as keyof DemoLabels];
    if (typeof value === 'string') node.textContent = value;
  }
  document.title = `${text.title} — Cohesion Hub`;
  byId('trend-note').textContent = text.trendNote;
  renderTiles();
  renderTrend();
  renderLevels();
}

function renderTiles() {
  const text = labels();
  const tiles: Array<{ value: string; label: string; note?: string }> = [];
  if (state.total) {
    const total = state.total;
    tiles.push(
      { value: formatNumber(total.municipalitiesCovered), label: text.covered, note: text.ofMunicipalities(total.municipalities) },
      { value: formatNumber(total.cells), label: text.cells },
      { value: formatNumber(total.sharedCells), label: text.sharedCells },
      { value: formatNumber(total.dormantCells), label: text.dormantCells },
    );
  }
  const latest = state.trend?.observations.filter((observation) => observation.municipalitiesCovered !== null).at(-1);
  if (latest?.municipalitiesCovered != null) {
    tiles.push({ value: formatNumber(latest.municipalitiesCovered), label: text.latestObservation(formatDate(latest.date)), note: latest.source });
  }
  byId('tiles').replaceChildren(
    ...tiles.map(({ value, label, note }) => {
      const tile = element('li', { class: 'tile' });
      tile.append(element('span', { class: 'tile-value' }, value), element('span', { class: 'tile-label' }, label));
      if (note) tile.append(element('span', { class: 'tile-source' }, note));
      return tile;
    }),
  );
}

function renderTrend() {
  const text = labels();
  const error = byId('trend-error');
  error.hidden = !state.trendError && !state.trend?.observationsError;
  error.textContent = `${text.loadFailed} ${state.trendError ?? state.trend?.observationsError ?? ''}`;
  const trend = state.trend;
  const canvas = byId<HTMLCanvasElement>('trend');
  canvas.setAttribute('aria-label', text.chartLabel(areaName()));
  if (!trend) return;

  // Okabe–Ito blue and vermillion; observations also differ by point shape, so colour is never the only cue.
  const datasets: ChartDataset<'line' | 'scatter', Array<{ x: number; y: number }>>[] = [
    {
      type: 'line',
      label: text.hubMunicipalities,
      data: trend.points.map((point) => ({ x: time(point.date), y: point.formerMunicipalitiesCovered })),
      borderColor: '#0072B2',
      backgroundColor: '#0072B2',
      pointRadius: 0,
      borderWidth: 3,
      stepped: true,
    },
    {
      type: 'line',
      label: text.hubCells,
      data: trend.points.map((point) => ({ x: time(point.date), y: point.cells })),
      borderColor: '#D55E00',
      backgroundColor: '#D55E00',
      pointRadius: 0,
      borderWidth: 3,
      borderDash: [8, 4],
      stepped: true,
    },
    {
      type: 'scatter',
      label: text.observedMunicipalities,
      data: trend.observations.flatMap((o) => (o.municipalitiesCovered === null ? [] : [{ x: time(o.date), y: o.municipalitiesCovered }])),
      borderColor: '#0b0c0c',
      backgroundColor: '#56B4E9',
      pointStyle: 'triangle',
      pointRadius: 8,
    },
    {
      type: 'scatter',
      label: text.observedCells,
      data: trend.observations.flatMap((o) => (o.cells === null ? [] : [{ x: time(o.date), y: o.cells }])),
      borderColor: '#0b0c0c',
      backgroundColor: '#E69F00',
      pointStyle: 'rectRot',
      pointRadius: 8,
    },
  ];
  state.chart?.destroy();
  state.chart = new Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      locale: state.language,
      scales: {
        x: {
          type: 'linear',
          ticks: { callback: (value) => new Date(Number(value)).getUTCFullYear().toString(), stepSize: 365.25 * 24 * 3600 * 1000 },
        },
        y: { type: 'linear', beginAtZero: true },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, font: { size: 14 } } },
        tooltip: { callbacks: { title: (items) => (items[0] ? formatDate(new Date(items[0].parsed.x ?? 0).toISOString().slice(0, 10)) : '') } },
      },
    },
  });

  // The same data as a table: the chart's text alternative.
  const table = element('table');
  table.append(element('caption', {}, `${text.tableTitle}: ${areaName()}`));
  const head = element('tr');
  head.append(
    element('th', { scope: 'col' }, text.date),
    ...[text.hubMunicipalities, text.hubCells].map((label) => element('th', { scope: 'col', class: 'number' }, label)),
    element('th', { scope: 'col' }, text.source),
  );
  const rows = [
    ...trend.points.map((point) => ({ date: point.date, municipalities: point.formerMunicipalitiesCovered, cells: point.cells, source: 'Cohesion Hub' })),
    ...trend.observations.map((o) => ({ date: o.date, municipalities: o.municipalitiesCovered, cells: o.cells, source: o.source })),
  ].sort((a, b) => time(a.date) - time(b.date));
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    tr.append(
      element('td', {}, formatDate(row.date)),
      ...[row.municipalities, row.cells].map((value) => element('td', { class: 'number' }, value === null ? text.notAvailable : formatNumber(value))),
      element('td', {}, row.source),
    );
    body.append(tr);
  }
  const thead = element('thead');
  thead.append(head);
  table.append(thead, body);
  byId('trend-table').replaceChildren(element('summary', {}, text.tableTitle), table);
}

function renderLevels() {
  const text = labels();
  const container = byId('levels');
  const sections = state.levels.map((level) => {
    const section = element('div', { class: 'level' });
    section.append(element('h3', {}, level.title));
    for (const { caption, rows } of level.tables) {
      const table = element('table');
      table.append(element('caption', {}, caption));
      const head = element('tr');
      head.append(element('th', { scope: 'col' }, text.figure), element('th', { scope: 'col', class: 'number' }, text.count));
      const thead = element('thead');
      thead.append(head);
      const body = element('tbody');
      for (const row of rows) {
        const tr = element('tr');
        const value = row.suppressed
          ? element('td', { class: 'number suppressed', title: row.suppressionReason ?? '' }, `${text.suppressed}${row.suppressionReason ? ` (${row.suppressionReason})` : ''}`)
          : element('td', { class: 'number' }, row.value === null ? text.notAvailable : formatNumber(row.value));
        tr.append(element('td', {}, `${row.label}${row.sample ? ` (${text.sample})` : ''}`), value);
        body.append(tr);
      }
      table.append(thead, body);
      section.append(table);
    }
    return section;
  });
  const errors = state.levelErrors.map((message) => element('p', { class: 'error-message', role: 'alert' }, `${text.loadFailed} ${message}`));
  container.replaceChildren(...sections, ...errors);
}

async function loadTrend() {
  try {
    state.trend = await fetchTrend(state.region);
    state.trendError = undefined;
  } catch (error) {
    state.trend = undefined;
    state.trendError = error instanceof Error ? error.message : String(error);
  }
  renderTiles();
  renderTrend();
}

async function loadLevels() {
  const { livcrFigures } = await postGraphQL<{
    livcrFigures: { at: string; figures: Array<{ measure: string; region: RegionCode; provinceNis: string | null; value: number | null; suppressed: boolean; suppressionReason: string | null }>; provenance: { kind: string } };
  }>(API, `{ livcrFigures { at figures { measure region provinceNis value suppressed suppressionReason } provenance { kind } } }`, {});
  const regionNames = LABELS[state.language].regions;
  state.levels = [
    {
      title: labels().cellFiguresHeading,
      tables: [
        {
          caption: `${labels().cells} — ${formatDate(livcrFigures.at)}`,
          rows: livcrFigures.figures
            .filter((figure) => figure.measure === 'CELLS')
            .map((figure) => ({
              label: `${regionNames[figure.region]}${figure.provinceNis ? ` · ${figure.provinceNis}` : ''}`,
              value: figure.value,
              suppressed: figure.suppressed,
              suppressionReason: figure.suppressionReason,
              sample: livcrFigures.provenance.kind === 'SAMPLE',
            })),
        },
      ],
    },
  ];
  renderLevels();
}

function start() {
  const requested = new URLSearchParams(window.location.search).get('lang');
  state.language = toWidgetLanguage(requested ?? document.documentElement.lang);
  const picker = byId<HTMLSelectElement>('language');
  picker.value = state.language;
  picker.addEventListener('change', () => {
    state.language = (WIDGET_LANGUAGES as readonly string[]).includes(picker.value) ? (picker.value as WidgetLanguage) : 'en';
    renderTexts();
    void loadLevels().catch(() => undefined);
  });
  byId('map').addEventListener(COVERAGE_LOADED_EVENT, (event) => {
    const { filter, coverage } = (event as CustomEvent<CoverageLoadedDetail>).detail;
    state.total = coverage.summary.total;
    renderTiles();
    if (filter.region !== state.region) {
      state.region = filter.region;
      void loadTrend();
    }
  });
  renderTexts();
  void loadTrend();
  void loadLevels().catch((error: unknown) => {
    state.levelErrors = [error instanceof Error ? error.message : String(error)];
    renderLevels();
  });
}

start();
