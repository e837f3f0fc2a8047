import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css';
import { areaRows } from './area-rows';
import {
  CoverageApiError,
  fetchCoverage,
  fetchProvinces,
  REGION_CODES,
  type Coverage,
  type CoverageFilter,
  type CoverageProperties,
  type ProvinceOption,
  type RegionCode,
} from './coverage-api';
import { formatDate } from './dates';
import { COVERAGE_LOADED_EVENT, type CoverageLoadedDetail } from './events';
import { LABELS, toWidgetLanguage, type Labels, type WidgetLanguage } from './labels';
import { ARROW_DIRECTIONS, nearestInDirection, nearestTo, type PlanePoint } from './map-keyboard';
import { municipalityName } from './municipality-name';
import { MUNICIPALITY_COLUMNS, sortMunicipalities, type MunicipalityColumn, type MunicipalityRow } from './municipality-rows';
import { fillOf, hatchingPatterns, STATUS_COLOURS, STATUSES } from './status-palette';
import { WIDGET_STYLES } from './widget-styles';

// Where the element's script came from: its API is on the same origin unless the `api` attribute says otherwise.
const scriptSource = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;
const DEFAULT_API = scriptSource ? new URL('/graphql', scriptSource).href : '/graphql';
const SVG_NS = 'http://www.w3.org/2000/svg';

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

type Shape = L.Path & { feature: GeoJSON.Feature<GeoJSON.Geometry, CoverageProperties> };

/**
 * `<cohesion-livcr-map>`: the LIVC-R coverage map of Belgium, a region or a province, drawn with Leaflet from the
 * hub's `livcrCoverage` query, without any tile layer, so the page makes no request beyond the hub.
 *
 * Attributes: `api` (the GraphQL endpoint; by default `/graphql` on the script's origin), `lang` (nl, fr, de, en;
 * by default the page's), `region` (FLANDERS, WALLONIA, BRUSSELS), `province` (NIS code), `at` (ISO date).
 *
 * Keyboard: the map is one tab stop; the arrow keys move from municipality to municipality (announced in a live
 * region), + and − zoom, Escape leaves the map for the next control. The same data is a sortable table, shown by
 * a toggle and always in print.
 */
export class LivcrMapElement extends HTMLElement {
  static readonly observedAttributes = ['api', 'lang', 'region', 'province', 'at'];

  private readonly root: ShadowRoot;
  private built = false;
  private map?: L.Map;
  private layer?: L.GeoJSON;
  private outlines?: L.LayerGroup;
  private shapes: Shape[] = [];
  private centres: PlanePoint[] = [];
  private current?: number;
  private coverage?: Coverage;
  private coverageFilter: CoverageFilter = {};
  private provinces?: ProvinceOption[];
  private controller?: AbortController;
  private loadQueued = false;
  private failure?: unknown;
  private tableShown = false;
  private sort: { column: MunicipalityColumn; ascending: boolean } = { column: 'municipality', ascending: true };
  private pageLanguageObserver?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private refitFrame?: number;
  private readonly parts = {} as {
    container: HTMLDivElement;
    filters: HTMLDivElement;
    regionLabel: HTMLSpanElement;
    regionSelect: HTMLSelectElement;
    provinceLabel: HTMLSpanElement;
    provinceSelect: HTMLSelectElement;
    caption: HTMLParagraphElement;
    frame: HTMLDivElement;
    map: HTMLDivElement;
    keyboardHelp: HTMLParagraphElement;
    announcer: HTMLParagraphElement;
    error: HTMLDivElement;
    errorTitle: HTMLHeadingElement;
    errorDetail: HTMLParagraphElement;
    errorTechnical: HTMLDetailsElement;
    retry: HTMLButtonElement;
    toggle: HTMLButtonElement;
    legendTitle: HTMLParagraphElement;
    legend: HTMLUListElement;
    summary: HTMLParagraphElement;
    tableView: HTMLDivElement;
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
    // A narrower page (a phone turned, a sidebar opened) gets the whole area again, not a cropped map.
    this.resizeObserver = new ResizeObserver(() => this.queueRefit());
    this.resizeObserver.observe(this.parts.map);
    this.queueLoad();
  }

  disconnectedCallback() {
    this.controller?.abort();
    this.pageLanguageObserver?.disconnect();
    this.resizeObserver?.disconnect();
    if (this.refitFrame !== undefined) cancelAnimationFrame(this.refitFrame);
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

    p.filters = element('div', { class: 'filters' });
    const regionField = element('label');
    p.regionLabel = element('span');
    p.regionSelect = element('select', { name: 'region' });
    regionField.append(p.regionLabel, p.regionSelect);
    const provinceField = element('label');
    p.provinceLabel = element('span');
    p.provinceSelect = element('select', { name: 'province' });
    provinceField.append(p.provinceLabel, p.provinceSelect);
    p.filters.append(regionField, provinceField);
    p.regionSelect.addEventListener('change', () => {
      this.removeAttribute('province');
      this.setOrRemove('region', p.regionSelect.value);
    });
    p.provinceSelect.addEventListener('change', () => this.setOrRemove('province', p.provinceSelect.value));

    p.caption = element('p', { class: 'caption', 'aria-live': 'polite' });
    p.frame = element('div', { class: 'frame', id: 'map-view' });
    // One tab stop for the whole map: an application region whose keys the element handles itself.
    p.map = element('div', { class: 'map', role: 'application', tabindex: '0', 'aria-describedby': 'keyboard-help summary' });
    p.keyboardHelp = element('p', { class: 'keyboard-help', id: 'keyboard-help' });
    p.announcer = element('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    p.error = element('div', { class: 'error', role: 'alert', hidden: '' });
    p.errorTitle = element('h2');
    p.errorDetail = element('p', { class: 'error-detail' });
    p.errorTechnical = element('details', { class: 'error-technical' });
    p.retry = element('button', { type: 'button' });
    p.retry.addEventListener('click', () => this.reload());
    p.error.append(p.errorTitle, p.errorDetail, p.retry, p.errorTechnical);
    p.frame.append(p.map, p.keyboardHelp, p.announcer);

    p.toggle = element('button', { type: 'button', class: 'toggle', 'aria-controls': 'map-view table-view' });
    p.toggle.addEventListener('click', () => {
      this.tableShown = !this.tableShown;
      this.renderView();
    });

    p.legendTitle = element('p', { class: 'legend-title', id: 'legend-title' });
    p.legend = element('ul', { class: 'legend', 'aria-labelledby': 'legend-title' });
    p.summary = element('p', { class: 'summary', id: 'summary', 'aria-live': 'polite' });
    p.tableView = element('div', { class: 'table-view', id: 'table-view', hidden: '' });
    p.details = element('details', { class: 'areas' });
    p.source = element('p', { class: 'source' });
    p.container.append(p.filters, p.caption, p.error, p.frame, p.toggle, p.legendTitle, p.legend, p.summary, p.tableView, p.details, p.source);
    this.root.append(p.container);

    this.map = L.map(p.map, {
      attributionControl: false,
      zoomControl: false,
      // The element handles the keys (Leaflet's own keyboard handler pans, which a reader cannot follow).
      keyboard: false,
      zoomSnap: 0.25,
      minZoom: 5,
      maxZoom: 14,
      renderer: L.svg({ padding: 0.5 }),
    }).setView([50.5, 4.5], 7);
    L.control.zoom({ zoomInTitle: this.labels.zoomIn, zoomOutTitle: this.labels.zoomOut }).addTo(this.map);
    // The zoom buttons stay for the mouse; from the keyboard, + and − on the map do the same with one tab stop.
    for (const button of p.map.querySelectorAll('.leaflet-control-zoom a')) button.setAttribute('tabindex', '-1');
    p.map.addEventListener('keydown', (event) => this.onMapKey(event));
    p.map.addEventListener('blur', () => this.shapes[this.current ?? -1]?.closeTooltip());
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

  private queueRefit() {
    if (this.refitFrame !== undefined) return;
    this.refitFrame = requestAnimationFrame(() => {
      this.refitFrame = undefined;
      this.map?.invalidateSize({ animate: false });
      this.fit();
    });
  }

  private fit() {
    const bounds = this.layer?.getBounds();
    const map = this.map;
    if (!map || !bounds?.isValid() || this.parts.map.clientWidth === 0) return;
    // No zoom animation: the map shows the new area at once (and screenshots never catch it half-way).
    map.fitBounds(bounds, { padding: [6, 6], animate: false });
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
      this.coverageFilter = filter;
      this.draw(coverage);
      this.renderTexts();
      this.dispatchEvent(
        new CustomEvent<CoverageLoadedDetail>(COVERAGE_LOADED_EVENT, { detail: { filter, coverage }, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      // Stale shapes under an error message would read as the answer to the new filter: clear them.
      this.coverage = undefined;
      this.clearShapes();
      this.renderTexts();
      this.parts.caption.textContent = '';
      this.showError(error);
    } finally {
      if (this.controller === controller) {
        this.parts.map.removeAttribute('aria-busy');
        this.removeAttribute('aria-busy');
      }
    }
  }

  private showError(error: unknown) {
    this.failure = error;
    const { error: box } = this.parts;
    box.hidden = error === undefined;
    this.toggleAttribute('data-error', error !== undefined);
    this.renderError();
    this.renderView();
  }

  /** The error in the reader's language, saying what to do; the technical detail folded away. */
  private renderError() {
    const { errorTitle, errorDetail, errorTechnical, retry } = this.parts;
    const labels = this.labels;
    errorTitle.textContent = labels.errorTitle;
    retry.textContent = labels.retry;
    const error = this.failure;
    if (error === undefined) {
      errorDetail.textContent = '';
      errorTechnical.replaceChildren();
      return;
    }
    const unreachable = !(error instanceof CoverageApiError) || error.failure === 'unreachable';
    errorDetail.textContent = unreachable ? labels.errorUnreachable(window.location.origin) : labels.errorAnswer;
    errorTechnical.replaceChildren(
      element('summary', {}, labels.technicalDetails),
      element('p', { lang: 'en' }, error instanceof Error ? error.message : String(error)),
    );
  }

  private clearShapes() {
    this.layer?.remove();
    this.outlines?.remove();
    this.layer = undefined;
    this.outlines = undefined;
    this.shapes = [];
    this.centres = [];
    this.current = undefined;
  }

  private draw(coverage: Coverage) {
    const map = this.map as L.Map;
    this.clearShapes();
    const style = (feature?: GeoJSON.Feature<GeoJSON.Geometry, CoverageProperties>): L.PathOptions => ({
      fillColor: feature ? fillOf(feature.properties.status, feature.properties.scope) : '#ffffff',
      fillOpacity: 1,
      color: '#ffffff',
      weight: 0.6,
    });
    const layer = L.geoJSON<CoverageProperties>(coverage.featureCollection, {
      style,
      onEachFeature: (feature, shape) => {
        shape.bindTooltip(() => this.tooltip(feature.properties), { sticky: true, direction: 'top', offset: [0, -8] });
        shape.on('mouseover', () => (shape as L.Path).setStyle({ color: '#0b0c0c', weight: 2 }).bringToFront());
        shape.on('mouseout', () => {
          if (this.shapes[this.current ?? -1] !== shape) layer.resetStyle(shape);
          this.outlines?.eachLayer((outline) => (outline as L.Path).bringToFront());
        });
      },
    }).addTo(map);
    hatchingPatterns(this.parts.map.querySelector('.leaflet-overlay-pane svg'), SVG_NS);
    this.shapes = layer.getLayers() as Shape[];
    // The NIS code, status and scope on each shape let a host page style or find a municipality (and tests check them).
    for (const shape of this.shapes) {
      const { nis, status, scope } = shape.feature.properties;
      const path = shape.getElement();
      path?.setAttribute('data-nis', nis);
      // Not one tab stop per municipality: the map is one, and the arrow keys move within it.
      path?.setAttribute('tabindex', '-1');
      path?.setAttribute('data-status', status);
      if (scope) path?.setAttribute('data-scope', scope);
    }
    this.centres = this.shapes.map((shape) => {
      const centre = (shape as unknown as L.Polygon).getBounds().getCenter();
      return { x: centre.lng * Math.cos((centre.lat * Math.PI) / 180), y: centre.lat };
    });
    const line = (weight: number) => ({ color: '#0b0c0c', weight, opacity: 1, fill: false, interactive: false, lineCap: 'round' as const });
    this.outlines = L.layerGroup([
      L.geoJSON(coverage.outlines.provinces, { style: line(1.5), interactive: false }),
      L.geoJSON(coverage.outlines.regions, { style: line(3), interactive: false }),
    ]).addTo(map);
    this.layer = layer;
    this.fit();
  }

  /** Arrow keys move between municipalities, + and − zoom, Escape leaves the map. */
  private onMapKey(event: KeyboardEvent) {
    const map = this.map;
    if (!map || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROW_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      if (!this.shapes.length) return;
      let next: number | undefined;
      if (this.current === undefined) {
        const centre = map.getCenter();
        next = nearestTo(this.centres, { x: centre.lng * Math.cos((centre.lat * Math.PI) / 180), y: centre.lat });
      } else {
        next = nearestInDirection(this.centres, this.current, direction) ?? this.current;
      }
      if (next !== undefined) this.select(next);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      map.zoomIn(1, { animate: false });
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      map.zoomOut(1, { animate: false });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.select(undefined);
      this.parts.toggle.focus();
    }
  }

  /** Makes a municipality the current one: outlined, its tooltip open, in view, and announced. */
  private select(index: number | undefined) {
    const previous = this.current === undefined ? undefined : this.shapes[this.current];
    if (previous) {
      this.layer?.resetStyle(previous);
      previous.closeTooltip();
    }
    this.current = index;
    const shape = index === undefined ? undefined : this.shapes[index];
    if (!shape || !this.map) {
      this.parts.announcer.textContent = '';
      return;
    }
    shape.setStyle({ color: '#0b0c0c', weight: 3 }).bringToFront();
    const bounds = (shape as unknown as L.Polygon).getBounds();
    if (!this.map.getBounds().contains(bounds)) this.map.panInside(bounds.getCenter(), { animate: false, padding: [40, 40] });
    shape.openTooltip(bounds.getCenter());
    this.parts.announcer.textContent = this.describe(shape.feature.properties);
  }

  private tooltipLines(properties: CoverageProperties): string[] {
    const labels = this.labels;
    const lines: string[] = [];
    if (properties.cellId && properties.cellName) {
      const scope = properties.scope ? ` (${labels.scope[properties.scope]})` : '';
      lines.push(`${labels.cell}${labels.colon}${properties.cellName}${scope}`);
      if (properties.memberSince) lines.push(`${labels.memberSince}${labels.colon}${formatDate(properties.memberSince, this.language)}`);
    } else {
      lines.push(labels.noCell);
    }
    lines.push(`${labels.statusLabel}${labels.colon}${labels.status[properties.status]}`);
    return lines;
  }

  private describe(properties: CoverageProperties): string {
    return [municipalityName(properties.nis, properties.names, this.language), ...this.tooltipLines(properties)].join('. ');
  }

  private tooltip(properties: CoverageProperties): HTMLElement {
    const box = element('div', { lang: this.language });
    box.append(element('span', { class: 'tooltip-name' }, municipalityName(properties.nis, properties.names, this.language)));
    for (const line of this.tooltipLines(properties)) box.append(element('span', { class: 'tooltip-line' }, line));
    return box;
  }

  private areaName(filter: CoverageFilter = this.filter): string {
    const labels = this.labels;
    const { region, province } = filter;
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
    p.filters.setAttribute('aria-label', labels.legendTitle);
    p.regionLabel.textContent = labels.regionFilter;
    p.provinceLabel.textContent = labels.provinceFilter;
    p.map.setAttribute('aria-label', labels.mapLabel);
    p.keyboardHelp.textContent = labels.keyboardHelp;
    p.legendTitle.textContent = labels.legendTitle;
    for (const [selector, title] of [['.leaflet-control-zoom-in', labels.zoomIn], ['.leaflet-control-zoom-out', labels.zoomOut]] as const) {
      const button = p.map.querySelector(selector);
      button?.setAttribute('title', title);
      button?.setAttribute('aria-label', title);
    }
    this.renderError();
    this.renderFilters();
    this.renderLegend();
    this.renderSummary();
    this.renderTable();
    this.renderView();
  }

  private renderView() {
    const p = this.parts;
    const hasData = Boolean(this.coverage);
    p.toggle.hidden = !hasData;
    p.toggle.textContent = this.tableShown ? this.labels.showMap : this.labels.showTable;
    p.toggle.setAttribute('aria-expanded', String(this.tableShown));
    // An empty map under an error message would only take room from it.
    p.frame.hidden = (this.tableShown && hasData) || this.failure !== undefined;
    p.tableView.hidden = !(this.tableShown && hasData);
    this.toggleAttribute('data-table', this.tableShown);
    if (!p.frame.hidden) this.queueRefit();
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
    const swatch = (fill: string, hatched = false) => {
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'swatch');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('viewBox', '0 0 20 20');
      const rect = document.createElementNS(SVG_NS, 'rect');
      for (const [name, value] of Object.entries({ width: '20', height: '20', fill, stroke: '#0b0c0c', 'stroke-width': '2' })) rect.setAttribute(name, value);
      svg.append(rect);
      // The map's hatching drawn with lines: a pattern would need an id, unique in the page, for each swatch.
      if (hatched) {
        const stripes = document.createElementNS(SVG_NS, 'path');
        for (const [name, value] of Object.entries({ d: 'M-2 6L6-2M-2 14L14-2M-2 22L22-2M6 22L22 6M14 22L22 14', stroke: '#ffffff', 'stroke-width': '2' })) stripes.setAttribute(name, value);
        const frame = document.createElementNS(SVG_NS, 'rect');
        for (const [name, value] of Object.entries({ x: '1', y: '1', width: '18', height: '18', fill: 'none', stroke: '#0b0c0c', 'stroke-width': '2' })) frame.setAttribute(name, value);
        svg.append(stripes, frame);
      }
      return svg;
    };
    const line = (width: number) => {
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'swatch');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('viewBox', '0 0 20 20');
      const path = document.createElementNS(SVG_NS, 'path');
      for (const [name, value] of Object.entries({ d: 'M0 10H20', stroke: '#0b0c0c', 'stroke-width': String(width) })) path.setAttribute(name, value);
      svg.append(path);
      return svg;
    };
    const item = (graphic: SVGElement, text: string) => {
      const node = element('li');
      node.append(graphic, element('span', {}, text));
      return node;
    };
    this.parts.legend.replaceChildren(
      ...STATUSES.map((status) =>
        item(swatch(STATUS_COLOURS[status]), `${labels.status[status]}${this.coverage ? `${labels.colon}${labels.municipalityCount(counts.get(status) ?? 0)}` : ''}`),
      ),
      item(swatch(STATUS_COLOURS.COVERED, true), labels.sharedHatching),
      item(line(1.5), labels.provinceOutline),
      item(line(3), labels.regionOutline),
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
    const date = formatDate(coverage.at, this.language);
    const area = this.areaName(this.coverageFilter);
    p.caption.textContent = labels.stateOn(date);
    p.summary.textContent = labels.summary({
      covered: total.municipalitiesCovered,
      total: total.municipalities,
      cells: total.cells,
      sharedCells: total.sharedCells,
      area,
      date,
    });

    const provinceNames = new Map((this.provinces ?? []).map((option) => [option.nis, provinceName(option, this.language)]));
    const table = element('table');
    table.append(element('caption', {}, `${labels.detailsTitle}: ${area}, ${date}`));
    const head = element('tr');
    head.append(
      element('th', { scope: 'col' }, labels.area),
      ...[labels.municipalities, labels.covered, labels.cells, labels.sharedCells].map((text) => element('th', { scope: 'col', class: 'number' }, text)),
    );
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    for (const row of areaRows(coverage.summary, this.coverageFilter)) {
      const name = row.kind === 'total' ? area : row.kind === 'region' ? labels.regions[row.code] : (provinceNames.get(row.nis) ?? row.nis);
      const tr = element('tr', row.kind === 'total' ? { class: 'total' } : {});
      const figures = row.figures;
      tr.append(
        element('th', { scope: 'row' }, name),
        ...[figures.municipalities, figures.municipalitiesCovered, figures.cells, figures.sharedCells].map((value) =>
          element('td', { class: 'number' }, value.toLocaleString(this.language)),
        ),
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    p.details.replaceChildren(element('summary', {}, labels.detailsTitle), table);
    p.details.hidden = false;

    const sample = coverage.provenance.kind === 'SAMPLE' ? ` (${labels.sample})` : '';
    p.source.replaceChildren(
      `${labels.source}${labels.colon}`,
      element('span', { lang: 'en' }, coverage.provenance.source),
      `${sample}; `,
      element('span', { lang: 'en' }, coverage.boundaryProvenance.source),
      '.',
    );
  }

  /** The text alternative of the map: every municipality with its cell, sortable by each column. */
  private renderTable() {
    const p = this.parts;
    const coverage = this.coverage;
    if (!coverage) {
      p.tableView.replaceChildren();
      return;
    }
    const labels = this.labels;
    const language = this.language;
    const rows: MunicipalityRow[] = coverage.featureCollection.features.map(({ properties }) => ({
      nis: properties.nis,
      municipality: municipalityName(properties.nis, properties.names, language),
      cell: properties.cellName ?? '',
      scope: properties.scope ? labels.scopeShort[properties.scope] : '',
      status: labels.status[properties.status],
      statusOrder: STATUSES.indexOf(properties.status),
      since: properties.memberSince ?? '',
    }));
    const sorted = sortMunicipalities(rows, this.sort.column, this.sort.ascending, language);
    const titles: Record<MunicipalityColumn, string> = {
      municipality: labels.municipality,
      cell: labels.cell,
      scope: labels.scopeColumn,
      status: labels.statusLabel,
      since: labels.since,
    };
    const table = element('table', { class: 'municipalities' });
    table.append(element('caption', {}, labels.tableCaption(this.areaName(this.coverageFilter), formatDate(coverage.at, language))));
    const head = element('tr');
    for (const column of MUNICIPALITY_COLUMNS) {
      const sortedHere = this.sort.column === column;
      const th = element('th', { scope: 'col', ...(sortedHere ? { 'aria-sort': this.sort.ascending ? 'ascending' : 'descending' } : {}) });
      const button = element('button', { type: 'button', class: 'sort', 'data-column': column, title: labels.sortBy(titles[column]) }, titles[column]);
      button.append(element('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sortedHere ? (this.sort.ascending ? ' ▲' : ' ▼') : ''));
      button.addEventListener('click', () => {
        this.sort = { column, ascending: sortedHere ? !this.sort.ascending : true };
        this.renderTable();
        p.tableView.querySelector<HTMLButtonElement>(`button[data-column="${column}"]`)?.focus();
      });
      th.append(button);
      head.append(th);
    }
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    for (const row of sorted) {
      const tr = element('tr', { 'data-nis': row.nis });
      tr.append(
        element('th', { scope: 'row' }, row.municipality),
        element('td', {}, row.cell || labels.none),
        element('td', {}, row.scope),
        element('td', {}, row.status),
        element('td', {}, row.since ? formatDate(row.since, language, 'DAY', 'medium') : ''),
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    p.tableView.replaceChildren(table);
  }
}
