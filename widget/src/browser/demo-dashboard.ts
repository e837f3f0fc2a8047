// Entry point of the demo dashboard script (/demo/demo.js): the page at /demo/ around the embedded map widget.
import {
  BarController,
  BarElement,
  CategoryScale,
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
import { type CoverageFigures, type RegionCode } from './coverage-api';
import {
  fetchCellFigures,
  fetchLevelFigures,
  fetchTrend,
  LEVELS,
  keyOf,
  type Figure,
  type FigureRow,
  type FigureValue,
  type Level,
  type LevelFigures,
  type LevelTable,
  type ProvinceName,
  type Trend,
} from './demo-data';
import { formatDate as formatPartialDate, type DatePrecision } from './dates';
import { DEMO_LABELS, type DemoLabels } from './demo-labels';
import { COVERAGE_LOADED_EVENT, type CoverageLoadedDetail } from './events';
import { LABELS, toWidgetLanguage, WIDGET_LANGUAGES, type WidgetLanguage } from './labels';

Chart.register(LineController, ScatterController, BarController, LineElement, PointElement, BarElement, LinearScale, CategoryScale, Legend, Tooltip);

type Loaded<T> = { data?: T; error?: string };
type CellFigures = Awaited<ReturnType<typeof fetchCellFigures>>;

const state: {
  language: WidgetLanguage;
  region?: RegionCode;
  total?: CoverageFigures;
  trend: Loaded<Trend>;
  cells: Loaded<CellFigures>;
  levels: Partial<Record<Level, Loaded<LevelFigures>>>;
  trendChart?: Chart;
  eventsChart?: Chart;
} = { language: 'en', trend: {}, cells: {}, levels: {} };

// Okabe–Ito colours, one per level, safe for the common colour-vision deficiencies.
const LEVEL_COLOURS: Record<Level, string> = { federal: '#0072B2', flanders: '#E69F00', walloniaBrussels: '#009E73', euPartners: '#CC79A7' };
const FREQUENCIES = ['NONE', 'ON_DEMAND', 'ANNUAL', 'QUARTERLY', 'MONTHLY'] as const;

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
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const formatNumber = (value: number) => value.toLocaleString(state.language);
const toDate = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
/** A date at the precision its source gives ("Nov 2019" when only the month is known), in the page's language. */
const formatDate = (date: string, precision: DatePrecision = 'DAY') => formatPartialDate(date, state.language, precision, 'medium');
const areaName = () => (state.region ? LABELS[state.language].regions[state.region] : LABELS[state.language].wholeCountry);

function provinceName(province: ProvinceName) {
  if (state.language !== 'en') return province.names[state.language];
  return province.region.code === 'FLANDERS' ? province.names.nl : province.names.fr;
}

/** A text in another language than the page's (a source cited as published): marked so that it is read right. */
type ForeignText = { text: string; lang: string };
type TableCell = FigureValue | ForeignText | string | number | null;
const isForeign = (cell: TableCell): cell is ForeignText => typeof cell === 'object' && cell !== null && 'lang' in cell;

/** A table with a header row and a header cell per row; `null` cells read "not available". */
function table(caption: string, columns: string[], rows: Array<{ header: string; cells: TableCell[] }>, numeric = (index: number) => index > 0) {
  const text = labels();
  const node = element('table');
  node.append(element('caption', {}, caption));
  const head = element('tr');
  head.append(...columns.map((column, index) => element('th', { scope: 'col', ...(numeric(index) ? { class: 'number' } : {}) }, column)));
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  let withheld = false;
  for (const row of rows) {
    const tr = element('tr');
    tr.append(element('th', { scope: 'row' }, row.header));
    for (const cell of row.cells) {
      if (isForeign(cell)) {
        tr.append(element('td', cell.lang === state.language ? {} : { lang: cell.lang }, cell.text));
      } else if (cell === null || typeof cell === 'number' || typeof cell === 'string') {
        const shown = cell === null ? text.notAvailable : typeof cell === 'number' ? formatNumber(cell) : cell;
        tr.append(element('td', { class: typeof cell === 'string' ? '' : 'number' }, shown));
      } else if (cell.suppressed) {
        // Withheld counts say so, and why (in a note under the table, in the page's language), not a gap or a zero.
        withheld = true;
        tr.append(element('td', { class: 'number suppressed' }, `${text.suppressed}*`));
      } else {
        tr.append(element('td', { class: 'number' }, cell.value === null ? text.notAvailable : formatNumber(cell.value)));
      }
    }
    body.append(tr);
  }
  node.append(thead, body);
  if (!withheld) return node;
  const wrapper = element('div');
  wrapper.append(node, element('p', { class: 'note' }, `* ${text.suppressedNote}`));
  return wrapper;
}

function errorMessage(error: string) {
  return element('p', { class: 'error-message', role: 'alert' }, `${labels().loadFailed} ${error}`);
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
  byId('events-heading').textContent = text.tables.eventsPerYear;
  byId('events-note').textContent = text.eventsNote;
  renderTiles();
  renderTrend();
  renderEvents();
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
  const latest = state.trend.data?.observations.filter((observation) => observation.municipalitiesCovered !== null).at(-1);
  if (latest?.municipalitiesCovered != null) {
    tiles.push({
      value: formatNumber(latest.municipalitiesCovered),
      label: text.latestObservation(formatDate(latest.date, latest.datePrecision)),
      note: latest.source,
    });
  }
  byId('tiles').replaceChildren(
    ...tiles.map(({ value, label, note }) => {
      const tile = element('li', { class: 'tile' });
      tile.append(element('span', { class: 'tile-value' }, value), element('span', { class: 'tile-label' }, label));
      // Sources are cited as published, in English.
      if (note) tile.append(element('span', { class: 'tile-source', ...(state.language === 'en' ? {} : { lang: 'en' }) }, note));
      return tile;
    }),
  );
}

/** Ticks on the first of January of each year the data spans. */
function yearTicks(times: number[]) {
  if (!times.length) return [];
  const first = new Date(Math.min(...times)).getUTCFullYear();
  const last = new Date(Math.max(...times)).getUTCFullYear() + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => ({ value: Date.UTC(first + index, 0, 1) }));
}

function renderTrend() {
  const text = labels();
  const { data: trend, error } = state.trend;
  const failure = error ?? trend?.observationsError;
  const alert = byId('trend-error');
  alert.hidden = !failure;
  alert.textContent = failure ? `${text.loadFailed} ${failure}` : '';
  byId('trend').setAttribute('aria-label', text.chartLabel(areaName()));
  if (!trend) return;

  const time = (date: string) => toDate(date).getTime();
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
  const ticks = yearTicks(datasets.flatMap((dataset) => dataset.data.map((point) => point.x)));
  state.trendChart?.destroy();
  state.trendChart = new Chart(byId<HTMLCanvasElement>('trend'), {
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
          min: ticks[0]?.value,
          max: ticks.at(-1)?.value,
          afterBuildTicks: (axis) => {
            axis.ticks = ticks;
          },
          ticks: { callback: (value) => String(new Date(Number(value)).getUTCFullYear()) },
        },
        y: { type: 'linear', beginAtZero: true },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, font: { size: 14 } } },
        tooltip: { callbacks: { title: (items) => (items[0] ? formatDate(new Date(items[0].parsed.x ?? 0).toISOString().slice(0, 10)) : '') } },
      },
    },
  });

  // The same data as a table: the chart's text alternative, with each observation's source.
  const rows = [
    ...trend.points.map((point) => ({
      date: point.date,
      precision: 'DAY' as DatePrecision,
      municipalities: point.formerMunicipalitiesCovered,
      cells: point.cells,
      source: 'Cohesion Hub' as TableCell,
    })),
    ...trend.observations.map((o) => ({
      date: o.date,
      precision: o.datePrecision,
      municipalities: o.municipalitiesCovered,
      cells: o.cells,
      source: { text: o.note ? `${o.source} (${o.note})` : o.source, lang: 'en' },
    })),
  ].sort((a, b) => time(a.date) - time(b.date));
  byId('trend-table').replaceChildren(
    element('summary', {}, text.tableTitle),
    table(
      `${text.tableTitle}: ${areaName()}`,
      [text.date, text.hubMunicipalities, text.hubCells, text.source],
      rows.map((row) => ({ header: formatDate(row.date, row.precision), cells: [row.municipalities, row.cells, row.source] })),
    ),
    element('p', { class: 'note' }, text.sourcesAsPublished),
  );
}

function renderEvents() {
  const text = labels();
  byId('events').setAttribute('aria-label', text.eventsChartLabel);
  const perYear = new Map<Level, Map<number, number>>();
  for (const level of LEVELS) {
    const counts = new Map<number, number>();
    for (const { month, value } of state.levels[level]?.data?.eventsPerMonth ?? []) {
      const year = toDate(month).getUTCFullYear();
      counts.set(year, (counts.get(year) ?? 0) + value);
    }
    perYear.set(level, counts);
  }
  // Every year from the first to the last, so that a year without events shows as one.
  const seen = [...perYear.values()].flatMap((counts) => [...counts.keys()]);
  const years = seen.length ? Array.from({ length: Math.max(...seen) - Math.min(...seen) + 1 }, (_, index) => Math.min(...seen) + index) : [];
  const loaded = LEVELS.filter((level) => state.levels[level]?.data);
  if (!loaded.length) return;
  state.eventsChart?.destroy();
  state.eventsChart = new Chart(byId<HTMLCanvasElement>('events'), {
    type: 'bar',
    data: {
      labels: years.map(String),
      datasets: loaded.map((level) => ({
        label: text.levels[level],
        data: years.map((year) => perYear.get(level)?.get(year) ?? 0),
        backgroundColor: LEVEL_COLOURS[level],
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      locale: state.language,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom', labels: { font: { size: 14 } } } },
    },
  });
  byId('events-table').replaceChildren(
    element('summary', {}, text.tableTitle),
    table(
      text.tables.eventsPerYear,
      [text.year, ...loaded.map((level) => text.levels[level])],
      years.map((year) => ({ header: String(year), cells: loaded.map((level) => perYear.get(level)?.get(year) ?? 0) })),
    ),
  );
}

function cellTables(cells: CellFigures) {
  const text = labels();
  const names = new Map(cells.provinces.map((province) => [province.nis, provinceName(province)]));
  const areas = new Map<string, { header: string; figures: Figure[] }>();
  for (const figure of cells.figures) {
    const provinceNis = keyOf(figure, 'province');
    const region = keyOf(figure, 'region') as RegionCode;
    const key = provinceNis ?? region;
    const header = provinceNis ? `${names.get(provinceNis) ?? provinceNis}` : LABELS[state.language].regions[region];
    const area = areas.get(key) ?? { header, figures: [] };
    area.figures.push(figure);
    areas.set(key, area);
  }
  const find = (figures: Figure[], kind: string, frequency?: string): FigureValue | null =>
    figures.find((figure) => figure.kind === kind && (frequency === undefined || keyOf(figure, 'meetingFrequency') === frequency)) ?? null;
  const sample = cells.sample ? ` (${text.sample})` : '';
  const date = formatDate(cells.at);
  return [
    table(
      `${text.tables.cellsPerArea}, ${date}${sample}`,
      [text.area, text.cells, text.sharedCells, text.covered],
      [...areas.values()].map(({ header, figures }) => ({
        header,
        cells: [find(figures, 'CELLS'), find(figures, 'SHARED_CELLS'), find(figures, 'MUNICIPALITIES_COVERED')],
      })),
    ),
    table(
      `${text.tables.meetingFrequency}, ${date}${sample}`,
      [text.area, ...FREQUENCIES.map((band) => text.frequency[band])],
      [...areas.values()].map(({ header, figures }) => ({
        header,
        cells: FREQUENCIES.map((band) => find(figures, 'CELLS_BY_MEETING_FREQUENCY', band)),
      })),
    ),
  ];
}

/** How each level table names its rows: one column per key its figures are grouped by, every value in the page's language. */
const TABLE_KEYS: Record<LevelTable, Array<{ keys: string[]; title: keyof DemoLabels['columns'] | 'year'; text: (value: string, level: LevelFigures) => string }>> = {
  mobileTeamVisits: [
    { keys: ['year'], title: 'year', text: String },
    { keys: ['region'], title: 'region', text: (code) => regionName(code) },
  ],
  localInitiatives: [{ keys: ['region'], title: 'region', text: (code) => regionName(code) }],
  helpdeskQuestions: [{ keys: ['year'], title: 'year', text: String }],
  coachingTracks: [{ keys: ['track'], title: 'track', text: (track) => labels().coachingTrack[track] ?? track }],
  csilrSupport: [
    { keys: ['province'], title: 'province', text: (nis) => provinceNameOf(nis) },
    { keys: ['measure'], title: 'measure', text: (measure) => labels().csilrMeasure[measure] ?? measure },
  ],
  // Programmes are proper names ("Horizon 2020"), except the API's NOT_STATED.
  fundingProgrammes: [{ keys: ['fundingProgramme'], title: 'programme', text: (name) => (name === 'NOT_STATED' ? labels().programmeNotStated : name) }],
  offers: [
    { keys: ['organisation'], title: 'organisation', text: (id, level) => level.organisations.get(id)?.[state.language] ?? id },
    { keys: ['kind', 'offerKind'], title: 'offerKind', text: (kind) => labels().offerKind[kind] ?? kind },
  ],
};

const regionName = (code: string) => LABELS[state.language].regions[code as RegionCode] ?? code;
function provinceNameOf(nis: string) {
  const province = state.cells.data?.provinces.find((candidate) => candidate.nis === nis);
  return province ? provinceName(province) : nis;
}

function renderLevels() {
  const text = labels();
  const sections: HTMLElement[] = [];
  const cellSection = element('div', { class: 'level' });
  cellSection.append(element('h3', {}, text.levels.municipalities));
  if (state.cells.data) cellSection.append(...cellTables(state.cells.data));
  if (state.cells.error) cellSection.append(errorMessage(state.cells.error));
  sections.push(cellSection);
  for (const level of LEVELS) {
    const loaded = state.levels[level];
    if (!loaded) continue;
    const section = element('div', { class: 'level' });
    section.append(element('h3', {}, text.levels[level]));
    for (const { key, rows } of loaded.data?.tables ?? []) {
      const columns = TABLE_KEYS[key];
      const data = loaded.data as LevelFigures;
      const sample = rows.some((row) => row.sample) ? ` (${text.sample})` : '';
      const shown = table(
        `${text.tables[key]}${sample}`,
        [...columns.map((column) => (column.title === 'year' ? text.year : text.columns[column.title])), text.count],
        rows.map((row: FigureRow) => {
          const [first = '', ...others] = columns.map((column) => column.text(keyOf(row, ...column.keys) ?? '', data));
          return { header: first, cells: [...others, row] };
        }),
        (index) => index === columns.length,
      );
      // Long lists fold away so that the page stays readable.
      if (rows.length > 8) {
        const details = element('details');
        details.append(element('summary', {}, `${text.tables[key]} (${rows.length})`), shown);
        section.append(details);
      } else {
        section.append(shown);
      }
    }
    if (loaded.error) section.append(errorMessage(loaded.error));
    sections.push(section);
  }
  byId('levels').replaceChildren(...sections);
}

async function loadTrend() {
  const region = state.region;
  try {
    const data = await fetchTrend(region);
    if (region === state.region) state.trend = { data };
  } catch (error) {
    if (region === state.region) state.trend = { error: message(error) };
  }
  renderTiles();
  renderTrend();
}

function loadFigures() {
  void fetchCellFigures().then(
    (data) => (state.cells = { data }),
    (error: unknown) => (state.cells = { error: message(error) }),
  ).then(renderLevels);
  for (const level of LEVELS) {
    void fetchLevelFigures(level)
      .then(
        (data) => (state.levels[level] = { data }),
        (error: unknown) => (state.levels[level] = { error: message(error) }),
      )
      .then(() => {
        renderEvents();
        renderLevels();
      });
  }
}

function start() {
  const requested = new URLSearchParams(window.location.search).get('lang');
  state.language = toWidgetLanguage(requested ?? document.documentElement.lang);
  const picker = byId<HTMLSelectElement>('language');
  picker.value = state.language;
  picker.addEventListener('change', () => {
    state.language = (WIDGET_LANGUAGES as readonly string[]).includes(picker.value) ? (picker.value as WidgetLanguage) : 'en';
    renderTexts();
  });
  // The chart follows the map's region filter (the series exists per region, not per province).
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
  loadFigures();
}

start();
