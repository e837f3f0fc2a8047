import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css';
import {
  fetchCoverage,
  fetchProvinces,
  REGION_CODES,
  type Coverage,
  type CoverageFigures,
  type CoverageFilter,
  type CoverageProperties,
  type ProvinceOption,
  type RegionCode,
} from './coverage-api';
import { COVERAGE_LOADED_EVENT, type CoverageLoadedDetail } from './events';
import { LABELS, toWidgetLanguage, type Labels, type WidgetLanguage } from './labels';
import { municipalityName } from './municipality-name';
import { STATUS_COLOURS, STATUSES } from './status-palette';
import { WIDGET_STYLES } from './widget-styles';


// Where the element's script came from: its API is on the same origin unless the `api` attribute says otherwise.
const scriptSource = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;
const DEFAULT_API = scriptSource ? new URL('/graphql', scriptSource).href : '/graphql';

let sharedSheet: CSSStyleSheet | undefined;

/** One constructed stylesheet for every instance (and no inline <style>, so a strict style-src CSP allows it). */
function adoptStyles(root: ShadowRoot) {
  const css = `${leafletCss}\n${WIDGET_STYLES}`;
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    sharedSheet ??= new CSSStyleSheet();
    if (!sharedSheet.cssRules.length) sharedSheet.replaceSync(css);
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The provinces of Flanders name themselves in Dutch, those of Wallonia in French: the fallback for English. */
function provinceName(province: ProvinceOption, language: WidgetLanguage) {
  if (language !== 'en') return province.names[language];
  return province.region.code === 'FLANDERS' ? province.names.nl : province.names.fr;
}

/**
 * `<cohesion-livcr-map>`: the LIVC-R coverage map of Belgium, a region or a province, drawn with Leaflet from the
 * hub's `livcrCoverage` query, without any tile layer, so the page makes no request beyond the hub.
 *
 * Attributes: `api` (the GraphQL endpoint; by default `/graphql` on the script's origin), `lang` (nl, fr, de, en;
 * by default the page's), `region` (FLANDERS, WALLONIA, BRUSSELS), `province` (NIS code), `at` (ISO date).
 */
export class LivcrMapElement extends HTMLElement {
  static readonly observedAttributes = ['api', 'lang', 'region', 'province', 'at'];

  private readonly root: ShadowRoot;
  private built = false;
  private map?: L.Map;
  private layer?: L.GeoJSON;
  private coverage?: Coverage;
  private provinces?: ProvinceOption[];
  private controller?: AbortController;
  private loadQueued = false;
  private pageLanguageObserver?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private readonly parts = {} as {
    container: HTMLDivElement;
    regionLabel: HTMLSpanElement;
    regionSelect: HTMLSelectElement;
    provinceLabel: HTMLSpanElement;
    provinceSelect: HTMLSelectElement;
    caption: HTMLParagraphElement;
    map: HTMLDivElement;
    error: HTMLDivElement;
    errorTitle: HTMLHeadingElement;
    errorDetail: HTMLParagraphElement;
    retry: HTMLButtonElement;
    legendTitle: HTMLParagraphElement;
    legend: HTMLUListElement;
    summary: HTMLParagraphElement;
    details: HTMLDetailsElement;
    source: HTMLParagraphElement;
  };

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  /** The widget's language: its `lang` attribute, else the nearest `lang` of the page; English when unsupported. */
  get language(): WidgetLanguage {
    const tag = this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return toWidgetLanguage(tag);
  }

  private get labels(): Labels {
    return LABELS[this.language];
  }

  private get filter(): CoverageFilter {
    const filter: CoverageFilter = {};
    const region = this.getAttribute('region');
    const province = this.getAttribute('province');
    const at = this.getAttribute('at');
    if (region) filter.region = region as RegionCode;
    if (province) filter.province = province;
    if (at) filter.at = at;
    return filter;
  }

  connectedCallback() {
    if (!this.built) this.build();
    this.pageLanguageObserver = new MutationObserver(() => this.renderTexts());
    this.pageLanguageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.resizeObserver = new ResizeObserver(() => this.map?.invalidateSize());
    this.resizeObserver.observe(this.parts.map);
    this.queueLoad();
  }

  disconnectedCallback() {
    this.controller?.abort();
    this.pageLanguageObserver?.disconnect();
    this.resizeObserver?.disconnect();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null) {
    if (previous === value || !this.built) return;
    if (name === 'lang') this.renderTexts();
    else if (this.isConnected) this.queueLoad();
  }

  /** Loads again with the current attributes, e.g. after the API came back. */
  reload() {
    this.queueLoad();
  }

  private build() {
    this.built = true;
    adoptStyles(this.root);
    const p = this.parts;
    p.container = element('div', { class: 'cohesion-livcr-map' });

    const filters = element('div', { class: 'filters', role: 'group' });
    const regionField = element('label');
    p.regionLabel = element('span');
    p.regionSelect = element('select', { name: 'region' });
    regionField.append(p.regionLabel, p.regionSelect);
    const provinceField = element('label');
    p.provinceLabel = element('span');
    p.provinceSelect = element('select', { name: 'province' });
    provinceField.append(p.provinceLabel, p.provinceSelect);
    filters.append(regionField, provinceField);
    p.regionSelect.addEventListener('change', () => {
      this.removeAttribute('province');
      this.setOrRemove('region', p.regionSelect.value);
    });
    p.provinceSelect.addEventListener('change', () => this.setOrRemove('province', p.provinceSelect.value));

    p.caption = element('p', { class: 'caption', 'aria-live': 'polite' });
    const frame = element('div', { class: 'frame' });
    p.map = element('div', { class: 'map', role: 'region', 'aria-describedby': 'summary' });
    p.error = element('div', { class: 'error', role: 'alert', hidden: '' });
    p.errorTitle = element('h2');
    p.errorDetail = element('p', { class: 'error-detail' });
    p.retry = element('button', { type: 'button' });
    p.retry.addEventListener('click', () => this.reload());
    p.error.append(p.errorTitle, p.errorDetail, p.retry);
    frame.append(p.map, p.error);

    p.legendTitle = element('p', { class: 'legend-title', id: 'legend-title' });
    p.legend = element('ul', { class: 'legend', 'aria-labelledby': 'legend-title' });
    p.summary = element('p', { class: 'summary', id: 'summary', 'aria-live': 'polite' });
    p.details = element('details');
    p.source = element('p', { class: 'source' });
    p.container.append(filters, p.caption, frame, p.legendTitle, p.legend, p.summary, p.details, p.source);
    this.root.append(p.container);

    this.map = L.map(p.map, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
      minZoom: 6,
      maxZoom: 14,
      renderer: L.svg({ padding: 0.5 }),
      maxBounds: L.latLngBounds([48.9, 1.8], [52.2, 7.2]),
    }).setView([50.5, 4.5], 7);
    L.control.zoom({ zoomInTitle: this.labels.zoomIn, zoomOutTitle: this.labels.zoomOut }).addTo(this.map);
    this.renderTexts();
  }

  private setOrRemove(attribute: string, value: string) {
    if (value) this.setAttribute(attribute, value);
    else this.removeAttribute(attribute);
  }

  // Setting `region` and `province` together causes one request, not two.
  private queueLoad() {
    if (this.loadQueued) return;
    this.loadQueued = true;
    queueMicrotask(() => {
      this.loadQueued = false;
      void this.load();
    });
  }

  private async load() {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const api = this.getAttribute('api') || DEFAULT_API;
    const filter = this.filter;
    this.showError(undefined);
    this.parts.map.setAttribute('aria-busy', 'true');
    this.setAttribute('aria-busy', 'true');
    this.parts.caption.textContent = this.labels.loading;
    try {
      const [coverage, provinces] = await Promise.all([
        fetchCoverage(api, filter, controller.signal),
        this.provinces ?? fetchProvinces(api, controller.signal),
      ]);
      if (controller.signal.aborted) return;
      this.provinces = provinces;
      this.coverage = coverage;
      this.draw(coverage);
      this.renderTexts();
      this.dispatchEvent(
        new CustomEvent<CoverageLoadedDetail>(COVERAGE_LOADED_EVENT, { detail: { filter, coverage }, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      // Stale shapes under an error message would read as the answer to the new filter: clear them.
      this.coverage = undefined;
      this.layer?.remove();
      this.layer = undefined;
      this.renderTexts();
      this.parts.caption.textContent = '';
      this.showError(error instanceof Error ? error.message : String(error));
    } finally {
      if (this.controller === controller) {
        this.parts.map.removeAttribute('aria-busy');
        this.removeAttribute('aria-busy');
      }
    }
  }

  private showError(message: string | undefined) {
    const { error, errorDetail } = this.parts;
    error.hidden = message === undefined;
    errorDetail.textContent = message ?? '';
    this.toggleAttribute('data-error', message !== undefined);
  }

  private draw(coverage: Coverage) {
    const map = this.map as L.Map;
    this.layer?.remove();
    const layer = L.geoJSON<CoverageProperties>(coverage.featureCollection, {
      style: (feature) => ({
        fillColor: feature ? STATUS_COLOURS[feature.properties.status] : '#ffffff',
        fillOpacity: 1,
        color: '#ffffff',
        weight: 0.6,
      }),
      onEachFeature: (feature, shape) => {
        shape.bindTooltip(() => this.tooltip(feature.properties), { sticky: true, direction: 'top', offset: [0, -8] });
        shape.on('mouseover', () => (shape as L.Path).setStyle({ color: '#0b0c0c', weight: 2 }).bringToFront());
        shape.on('mouseout', () => layer.resetStyle(shape));
      },
    }).addTo(map);
    // The NIS code on each shape lets a host page style or find a municipality (and tests hover a known one).
    layer.eachLayer((shape) => {
      const properties = ((shape as L.Path & { feature?: GeoJSON.Feature<GeoJSON.Geometry, CoverageProperties> }).feature)?.properties;
      if (properties) (shape as L.Path).getElement()?.setAttribute('data-nis', properties.nis);
    });
    this.layer = layer;
    const bounds = layer.getBounds();
    // No zoom animation: the map shows the new area at once (and screenshots never catch it half-way).
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8], animate: false });
  }

  private formatDate(date: string) {
    const locale = this.language === 'en' ? 'en-GB' : `${this.language}-BE`;
    const parsed = new Date(`${date}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? date : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
  }

  private tooltip(properties: CoverageProperties): HTMLElement {
    const labels = this.labels;
    const box = element('div', { lang: this.language });
    box.append(element('span', { class: 'tooltip-name' }, municipalityName(properties.nis, properties.names, this.language)));
    if (properties.cellId && properties.cellName) {
      const scope = properties.scope ? ` (${labels.scope[properties.scope]})` : '';
      box.append(element('span', { class: 'tooltip-line' }, `${labels.cell}${labels.colon}${properties.cellName}${scope}`));
      if (properties.memberSince) {
        box.append(element('span', { class: 'tooltip-line' }, `${labels.memberSince}${labels.colon}${this.formatDate(properties.memberSince)}`));
      }
    } else {
      box.append(element('span', { class: 'tooltip-line' }, labels.noCell));
    }
    box.append(element('span', { class: 'tooltip-line' }, `${labels.statusLabel}${labels.colon}${labels.status[properties.status]}`));
    return box;
  }

  private areaName(): string {
    const labels = this.labels;
    const { region, province } = this.filter;
    const provinceOption = province ? this.provinces?.find((option) => option.nis === province) : undefined;
    if (provinceOption) return provinceName(provinceOption, this.language);
    if (region && REGION_CODES.includes(region)) return labels.regions[region];
    return labels.wholeCountry;
  }

  /** Every text of the widget in the current language; called on load and when the language changes. */
  private renderTexts() {
    if (!this.built) return;
    const labels = this.labels;
    const language = this.language;
    const p = this.parts;
    p.container.lang = language;
    p.regionLabel.textContent = labels.regionFilter;
    p.provinceLabel.textContent = labels.provinceFilter;
    p.map.setAttribute('aria-label', labels.mapLabel);
    p.errorTitle.textContent = labels.errorTitle;
    p.retry.textContent = labels.retry;
    p.legendTitle.textContent = labels.legendTitle;
    for (const [selector, title] of [['.leaflet-control-zoom-in', labels.zoomIn], ['.leaflet-control-zoom-out', labels.zoomOut]] as const) {
      const button = p.map.querySelector(selector);
      button?.setAttribute('title', title);
      button?.setAttribute('aria-label', title);
    }
    this.renderFilters();
    this.renderLegend();
    this.renderSummary();
  }

  private renderFilters() {
    const labels = this.labels;
    const { region, province } = this.filter;
    const provinceRegion = province ? this.provinces?.find((option) => option.nis === province)?.region.code : undefined;
    const shownRegion = region ?? provinceRegion ?? '';
    const regionSelect = this.parts.regionSelect;
    regionSelect.replaceChildren(
      element('option', { value: '' }, labels.allRegions),
      ...REGION_CODES.map((code) => element('option', { value: code }, labels.regions[code])),
    );
    regionSelect.value = shownRegion;

    const provinceSelect = this.parts.provinceSelect;
    const options = (this.provinces ?? []).filter((option) => !shownRegion || option.region.code === shownRegion);
    provinceSelect.replaceChildren(
      element('option', { value: '' }, options.length || !this.provinces ? labels.allProvinces : labels.noProvinces),
      ...options
        .map((option) => ({ nis: option.nis, name: provinceName(option, this.language) }))
        .sort((a, b) => a.name.localeCompare(b.name, this.language))
        .map(({ nis, name }) => element('option', { value: nis }, name)),
    );
    provinceSelect.value = province ?? '';
    provinceSelect.disabled = Boolean(this.provinces) && options.length === 0;
  }

  private renderLegend() {
    const labels = this.labels;
    const counts = new Map<string, number>();
    for (const feature of this.coverage?.featureCollection.features ?? []) {
      counts.set(feature.properties.status, (counts.get(feature.properties.status) ?? 0) + 1);
    }
    this.parts.legend.replaceChildren(
      ...STATUSES.map((status) => {
        const item = element('li');
        const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = STATUS_COLOURS[status];
        const count = this.coverage ? ` (${counts.get(status) ?? 0})` : '';
        item.append(swatch, element('span', {}, `${labels.status[status]}${count}`));
        return item;
      }),
    );
  }

  private renderSummary() {
    const labels = this.labels;
    const p = this.parts;
    const coverage = this.coverage;
    if (!coverage) {
      p.summary.textContent = '';
      p.details.replaceChildren();
      p.details.hidden = true;
      p.source.textContent = '';
      return;
    }
    const { total } = coverage.summary;
    const date = this.formatDate(coverage.at);
    p.caption.textContent = labels.stateOn(date);
    p.summary.textContent = labels.summary({
      covered: total.municipalitiesCovered,
      total: total.municipalities,
      cells: total.cells,
      sharedCells: total.sharedCells,
      area: this.areaName(),
      date,
    });

    const provinceNames = new Map((this.provinces ?? []).map((option) => [option.nis, provinceName(option, this.language)]));
    const rows: Array<[string, CoverageFigures, boolean]> = [
      [this.areaName(), total, true],
      ...coverage.summary.regions.map((row): [string, CoverageFigures, boolean] => [labels.regions[row.code] ?? row.code, row, false]),
      ...coverage.summary.provinces.map((row): [string, CoverageFigures, boolean] => [provinceNames.get(row.nis) ?? row.nis, row, false]),
    ];
    const table = element('table');
    table.append(element('caption', {}, labels.stateOn(date)));
    const head = element('tr');
    head.append(
      element('th', { scope: 'col' }, labels.area),
      ...[labels.municipalities, labels.covered, labels.cells, labels.sharedCells].map((text) => element('th', { scope: 'col', class: 'number' }, text)),
    );
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    for (const [name, figures, isTotal] of rows) {
      const row = element('tr');
      const header = element('th', { scope: 'row' }, name);
      if (isTotal) header.style.fontWeight = '700';
      row.append(
        header,
        ...[figures.municipalities, figures.municipalitiesCovered, figures.cells, figures.sharedCells].map((value) =>
          element('td', { class: 'number' }, value.toLocaleString(this.language)),
        ),
      );
      tbody.append(row);
    }
    table.append(thead, tbody);
    p.details.replaceChildren(element('summary', {}, labels.detailsTitle), table);
    p.details.hidden = false;

    const sample = coverage.provenance.kind === 'SAMPLE' ? ` (${labels.sample})` : '';
    p.source.textContent = `${labels.source}${labels.colon}${coverage.provenance.source}${sample}; ${coverage.boundaryProvenance.source}.`;
  }
}

