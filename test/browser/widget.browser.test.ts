import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { trustedDocumentsFromEnvironment } from '@cohesion/gateway';
import { signDevelopmentToken } from '@cohesion/kit';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// Debian's chromium package (.ci/run installs it); a browser is never downloaded.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
// axe-core, injected into each page as its own script; WCAG 2.0 and 2.1, levels A and AA.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1100, height: 1000 };
const PHONE = { width: 390, height: 844 };
const MAP = 'cohesion-livcr-map';
// One shape per municipality (the province and region outlines are paths too, without a NIS code).
const SHAPES = `${MAP} .leaflet-overlay-pane path[data-nis]`;

type Site = { origin: string; close(): Promise<void> };

/**
 * A plain web site on its own loopback port: another origin than the hub's, embedding the widget as any
 * municipality's site would, with one script tag from the hub and the element, whose content (a link to the
 * table page) is what a browser without JavaScript shows. `?lang=` sets `<html lang>`.
 */
async function startEmbeddingSite(hubOrigin: () => string): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    if (url.pathname !== '/') {
      res.writeHead(404).end();
      return;
    }
    const lang = (url.searchParams.get('lang') ?? 'en').replace(/[^a-z-]/gi, '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>A municipality's site</title><link rel="icon" href="data:,"></head>
  <body style="margin: 24px; max-width: 960px">
    <h1>Local security cells</h1>
    <script src="${hubOrigin()}/widget/cohesion-livcr-map.js"></script>
    <cohesion-livcr-map><a href="${hubOrigin()}/widget/table?lang=${lang}">LIVC-R cells of every municipality (table)</a></cohesion-livcr-map>
  </body>
</html>`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A GET over node:http, which (unlike fetch) neither decompresses nor adds cache headers of its own. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Waits until the widget has finished loading and draws `count` shapes (or, without a count, any). */
async function waitForShapes(page: Page, count?: number) {
  await page.waitForFunction(
    ({ tag, expected }) => {
      const map = document.querySelector(tag);
      const shapes = map?.shadowRoot?.querySelectorAll('.leaflet-overlay-pane path[data-nis]').length ?? 0;
      return map && !map.hasAttribute('aria-busy') && (expected === null ? shapes > 0 : shapes === expected);
    },
    { tag: MAP, expected: count ?? null },
    { timeout: 30_000 },
  );
}

/** The WCAG 2.1 A and AA violations axe-core finds in the page as it is (each with the elements concerned). */
async function axeViolations(page: Page) {
  // Evaluated over the DevTools protocol rather than added as a <script>, which the demo's strict CSP would refuse.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)) }));
  }, WCAG_21_AA);
}

/** The text a reader sees: the page's rendered text and the map widget's (inside its shadow root). */
function visibleText(page: Page) {
  return page.evaluate((tag) => {
    const widget = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.cohesion-livcr-map');
    return `${document.body.innerText}\n${widget?.innerText ?? ''}`;
  }, MAP);
}

/** The element that has the keyboard focus, looking into shadow roots; described by tag, name and class. */
function focusedElement(page: Page) {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? { tag: active.tagName.toLowerCase(), name: active.getAttribute('name'), className: active.getAttribute('class') ?? '' } : null;
  });
}

/** Whether every shape of the map lies inside the map's box (the whole area is in view), with a pixel's tolerance. */
function mapShowsEverything(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const box = root?.querySelector('.map')?.getBoundingClientRect();
    const shapes = [...(root?.querySelectorAll('.leaflet-overlay-pane path[data-nis]') ?? [])].map((shape) => shape.getBoundingClientRect());
    if (!box || !shapes.length) return { shapes: shapes.length, inside: false };
    const union = {
      left: Math.min(...shapes.map((rect) => rect.left)),
      right: Math.max(...shapes.map((rect) => rect.right)),
      top: Math.min(...shapes.map((rect) => rect.top)),
      bottom: Math.max(...shapes.map((rect) => rect.bottom)),
    };
    const inside = union.left >= box.left - 1 && union.right <= box.right + 1 && union.top >= box.top - 1 && union.bottom <= box.bottom + 1;
    return { shapes: shapes.length, inside, box: { width: box.width, height: box.height }, union };
  }, MAP);
}

/** Waits (up to 5 s, for the re-fit after a resize) until the whole area is in view; answers the last look. */
async function wholeMapShown(page: Page) {
  const deadline = Date.now() + 5_000;
  let seen = await mapShowsEverything(page);
  while (!seen.inside && Date.now() < deadline) {
    await page.waitForTimeout(100);
    seen = await mapShowsEverything(page);
  }
  return seen;
}

/** Municipalities per province in Statbel's 2025 table, the reference the map must agree with. */
function statbelCountOfProvince(provinceNis: string): number {
  const csv = readFileSync(path.resolve(__dirname, '../../db/reference/belgium/municipalities_2025.csv'), 'utf8');
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .filter((line) => line.split(',')[8] === provinceNis).length;
}

describe('the LIVC-R map widget in a real browser', () => {
  let hub: TestHub;
  let hubOrigin: string;
  let site: Site;
  let foreignSite: Site;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium package (see .ci/run) or set CHROMIUM_PATH.`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    site = await startEmbeddingSite(() => hubOrigin);
    // Embeds the widget too, but the hub does not list its origin in CORS_ORIGINS.
    foreignSite = await startEmbeddingSite(() => hubOrigin);
    // As the hub runs outside production: it knows its own front end's registered operations (trusted-documents/),
    // which the widget sends by id, and still runs the test's own unregistered queries.
    hub = await startTestHub({ corsOrigins: [site.origin], gateway: { trustedDocuments: trustedDocumentsFromEnvironment({ NODE_ENV: 'test' }) } });
    hubOrigin = new URL(hub.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await foreignSite?.close();
    await hub?.close();
  });

  async function openPage(url: string, viewport = DESKTOP) {
    const page = await browser.newPage({ viewport });
    const requests: string[] = [];
    const problems: string[] = [];
    // Network requests only (a data: URL is not one).
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push(request.url());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url);
    return { page, requests, problems };
  }

  it('draws the 565 municipalities of Belgium on a page of another origin, asking no other host for anything', async () => {
    const { page, requests, problems } = await openPage(`${site.origin}/?lang=fr`);
    try {
      await waitForShapes(page, 565);
      expect(await page.locator(SHAPES).count()).toBe(565);
      // No tile server, no CDN: only the embedding page and the hub are ever asked.
      expect(new Set(requests.map((url) => new URL(url).origin))).toEqual(new Set([site.origin, hubOrigin]));
      expect(requests).toContain(`${hubOrigin}/widget/cohesion-livcr-map.js`);
      expect(problems).toEqual([]);
      // Once the element is upgraded, its shadow root replaces the no-JavaScript link it holds.
      expect(await page.locator(`${MAP} > a`).isVisible()).toBe(false);
      await page.screenshot({ path: path.join(ARTIFACTS, 'widget-embedded-fr.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it.each([
    ['fr', 'Liège'],
    ['nl', 'Luik'],
    ['de', 'Lüttich'],
    ['en', 'Liège'],
  ])('names municipality 62063 in the page language %s in its tooltip: %s', async (lang, name) => {
    const { page } = await openPage(`${site.origin}/?lang=${lang}`);
    try {
      await waitForShapes(page, 565);
      await page.locator(`${MAP} path[data-nis="62063"]`).hover();
      const tooltip = page.locator(`${MAP} .leaflet-tooltip`);
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.locator('.tooltip-name').textContent()).toBe(name);
      if (lang === 'fr') await page.screenshot({ path: path.join(ARTIFACTS, 'widget-tooltip-fr.png') });
    } finally {
      await page.close();
    }
  });

  it('shows the cell of the hovered municipality as the API describes it', async () => {
    const { body } = await hub.query<{ livcrCoverage: { featureCollection: { features: Array<{ properties: Record<string, unknown> }> } } }>(
      `{ livcrCoverage(region: BRUSSELS) { featureCollection } }`,
    );
    const covered = body.data?.livcrCoverage.featureCollection.features.find((feature) => feature.properties.cellName);
    expect(covered).toBeDefined();
    const { nis, cellName } = covered?.properties as { nis: string; cellName: string };
    const { page } = await openPage(`${site.origin}/?lang=en`);
    try {
      await waitForShapes(page, 565);
      await page.locator(`${MAP} select[name=region]`).selectOption('BRUSSELS');
      await waitForShapes(page, 19);
      await page.locator(`${MAP} path[data-nis="${nis}"]`).hover();
      const tooltip = page.locator(`${MAP} .leaflet-tooltip`);
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.textContent()).toContain(`Cell: ${cellName}`);
    } finally {
      await page.close();
    }
  });

  it('redraws 285, 261 and 19 municipalities when a region is chosen, and a province’s when a province is', async () => {
    const { page } = await openPage(`${site.origin}/?lang=nl`);
    try {
      await waitForShapes(page, 565);
      const region = page.locator(`${MAP} select[name=region]`);
      const province = page.locator(`${MAP} select[name=province]`);
      for (const [code, count] of [['FLANDERS', 285], ['WALLONIA', 261], ['BRUSSELS', 19]] as const) {
        await region.selectOption(code);
        await waitForShapes(page, count);
        expect(await page.locator(SHAPES).count()).toBe(count);
      }
      // Brussels-Capital belongs to no province.
      expect(await province.isDisabled()).toBe(true);
      await region.selectOption('FLANDERS');
      await waitForShapes(page, 285);
      await province.selectOption('40000');
      await waitForShapes(page, statbelCountOfProvince('40000'));
      expect(await page.locator(`${MAP}`).getAttribute('province')).toBe('40000');
      await page.screenshot({ path: path.join(ARTIFACTS, 'widget-east-flanders-nl.png'), fullPage: true });
      await region.selectOption('');
      await waitForShapes(page, 565);
    } finally {
      await page.close();
    }
  });

  it('colours each municipality by its status on the date the `at` attribute gives', async () => {
    type Features = { livcrCoverage: { featureCollection: { features: Array<{ properties: { status: string } }> } } };
    const countStatuses = (data: Features | null | undefined) => {
      const counts: Record<string, number> = {};
      for (const { properties } of data?.livcrCoverage.featureCollection.features ?? []) counts[properties.status] = (counts[properties.status] ?? 0) + 1;
      return counts;
    };
    const past = countStatuses((await hub.query<Features>(`{ livcrCoverage(at: "2017-01-01") { featureCollection } }`)).body.data);
    const today = countStatuses((await hub.query<Features>(`{ livcrCoverage { featureCollection } }`)).body.data);
    expect(past.COVERED).toBeLessThan(today.COVERED ?? 0);
    const { page } = await openPage(`${site.origin}/?lang=en`);
    try {
      await waitForShapes(page, 565);
      // The palette of status-palette.ts: Okabe–Ito blue, orange, and light grey; a shared cell hatched in its colour.
      const shown = async () => ({
        COVERED: await page.locator(`${MAP} path[fill="#0072B2"], ${MAP} path[fill="url(#cohesion-shared-covered)"]`).count(),
        DORMANT: await page.locator(`${MAP} path[fill="#E69F00"], ${MAP} path[fill="url(#cohesion-shared-dormant)"]`).count(),
        NOT_COVERED: await page.locator(`${MAP} path[fill="#E0E0E0"]`).count(),
      });
      expect(await shown()).toEqual({ COVERED: today.COVERED ?? 0, DORMANT: today.DORMANT ?? 0, NOT_COVERED: today.NOT_COVERED ?? 0 });
      await page.locator(MAP).evaluate((map) => map.setAttribute('at', '2017-01-01'));
      await page.waitForFunction((tag) => {
        const map = document.querySelector(tag);
        return !map?.hasAttribute('aria-busy') && map?.shadowRoot?.querySelector('.caption')?.textContent === 'State on 1 January 2017';
      }, MAP);
      expect(await shown()).toEqual({ COVERED: past.COVERED ?? 0, DORMANT: past.DORMANT ?? 0, NOT_COVERED: past.NOT_COVERED ?? 0 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'widget-2017-en.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('hatches shared cells and leaves own cells plain, so that they differ by more than colour', async () => {
    const { page } = await openPage(`${site.origin}/?lang=en`);
    try {
      await waitForShapes(page, 565);
      const shared = await page.locator(`${MAP} path[data-scope="SHARED"]`).evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
      const own = await page.locator(`${MAP} path[data-scope="OWN"]`).evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
      expect(shared.length).toBeGreaterThan(0);
      expect(own.length).toBeGreaterThan(0);
      expect(shared.every((fill) => fill?.startsWith('url(#cohesion-shared-'))).toBe(true);
      expect(own.some((fill) => fill?.startsWith('url('))).toBe(false);
      // The hatching patterns the fills name exist in the map.
      for (const fill of new Set(shared)) expect(await page.locator(`${MAP} pattern#${fill?.slice(5, -1)}`).count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('can be used from the keyboard and summarises the map in text with the API’s figures', async () => {
    const { body } = await hub.query<{ livcrCoverage: { summary: { total: { municipalities: number; municipalitiesCovered: number; cells: number } } } }>(
      `{ livcrCoverage { summary { total { municipalities municipalitiesCovered cells } } } }`,
    );
    const total = body.data?.livcrCoverage.summary.total;
    const { page } = await openPage(`${site.origin}/?lang=en`);
    try {
      await waitForShapes(page, 565);
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.activeElement?.getAttribute('name'), MAP);
      expect(await focused()).toBe('region');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('province');
      // The map is one tab stop: the arrow keys move between municipalities, announced in a live region.
      await page.keyboard.press('Tab');
      expect(await focusedElement(page)).toMatchObject({ tag: 'div', className: expect.stringContaining('map') });
      const announced = () => page.locator(`${MAP} .frame [aria-live]`).textContent();
      expect(await announced()).toBe('');
      await page.keyboard.press('ArrowRight');
      const first = await announced();
      expect(first).toMatch(/(Cell|No local security cell known).*Status: /);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      expect(await announced()).not.toBe('');
      expect(await page.locator(`${MAP} path[data-nis][stroke-width="3"]`).count()).toBe(1);
      // Escape leaves the map for the control after it.
      await page.keyboard.press('Escape');
      expect(await focusedElement(page)).toMatchObject({ tag: 'button', className: 'toggle' });
      expect(await page.locator(`${MAP} path[data-nis][stroke-width="3"]`).count()).toBe(0);
      // The selects are named by their labels, as a screen reader announces them.
      expect(await page.getByRole('combobox', { name: 'Region' }).count()).toBe(1);
      expect(await page.getByRole('combobox', { name: 'Province' }).count()).toBe(1);
      expect(await page.locator(`${MAP} .map`).getAttribute('aria-label')).toMatch(/map/i);
      const summary = await page.locator(`${MAP} .summary`).textContent();
      expect(summary).toContain(`Belgium: ${total?.municipalitiesCovered} of ${total?.municipalities} municipalities have a local security cell, in ${total?.cells} cells`);
    } finally {
      await page.close();
    }
  });

  it('shows a visible error in the page’s language, saying what to do, when the API refuses the page’s origin', async () => {
    const { page } = await openPage(`${foreignSite.origin}/?lang=nl`);
    try {
      const alert = page.locator(`${MAP} [role=alert]`);
      await alert.waitFor({ state: 'visible', timeout: 30_000 });
      const shown = await alert.innerText();
      expect(shown).toContain('De kaart kon niet worden geladen.');
      // The site's owner must have the hub list the site's origin.
      expect(shown).toContain(`${foreignSite.origin} toe te voegen aan CORS_ORIGINS`);
      // The browser's English message stays folded away under "technical details".
      expect(shown).not.toMatch(/did not answer|Failed to fetch/);
      expect(await page.locator(SHAPES).count()).toBe(0);
      expect(await page.locator(`${MAP} .map`).isVisible()).toBe(false);
      await page.screenshot({ path: path.join(ARTIFACTS, 'widget-error-nl.png') });
    } finally {
      await page.close();
    }
  });

  it('serves the widget script as JavaScript, gzipped on request, cacheable and revalidated by ETag', async () => {
    const url = `${hubOrigin}/widget/cohesion-livcr-map.js`;
    const plain = await rawGet(url, { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const script = plain.body.toString('utf8');
    expect(script.includes('cohesion-livcr-map')).toBe(true);
    // Leaflet's licence travels with the bundle.
    expect(/Leaflet 1\.9\.\d+, a JS library/.test(script)).toBe(true);

    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const revalidated = await rawGet(url, { 'accept-encoding': 'identity', 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);

    const gzipped = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('Accept-Encoding');
    expect(gzipped.headers.etag).not.toBe(etag);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('renders the demo dashboard at /demo/ with the map, the coverage chart and the figures, under a strict CSP', async () => {
    const { page, requests, problems } = await openPage(`${hubOrigin}/demo/?lang=nl`);
    try {
      await waitForShapes(page, 565);
      await page.locator('#trend-table table tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
      await page.locator('#events-table table tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
      // Chart.js drew on both canvases: count the pixels that are not transparent.
      for (const id of ['trend', 'events']) {
        const painted = await page.evaluate((canvasId) => {
          const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
          const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
          let count = 0;
          for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) count += 1;
          return { count, width: canvas.width };
        }, id);
        expect({ id, wide: painted.width > 300, painted: painted.count > 2000 }).toEqual({ id, wide: true, painted: true });
      }
      // The hub's series and the public observations are both in the chart's table.
      const sources = await page.locator('#trend-table tbody tr td:last-child').allTextContents();
      expect(sources.some((source) => source === 'Cohesion Hub')).toBe(true);
      expect(sources.some((source) => source.includes('besafe.be'))).toBe(true);
      expect(await page.locator('#tiles .tile').count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator('h1').textContent()).toBe('Lokale veiligheidscellen in België');
      // One section per level: the cells, federal, Flanders, Wallonia-Brussels and the EU partners.
      await page.waitForFunction(() => document.querySelectorAll('#levels .level').length === 5 && !document.querySelector('#levels [role=alert]'));
      expect(await page.locator('#levels .suppressed').count()).toBeGreaterThan(0);
      expect(new Set(requests.map((url) => new URL(url).origin))).toEqual(new Set([hubOrigin]));
      const csp = (await fetch(`${hubOrigin}/demo/`)).headers.get('content-security-policy');
      expect(csp).toContain("default-src 'none'");
      // Includes CSP violations, which Chromium reports on the console.
      expect(problems).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'demo-dashboard-nl.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('lists every municipality with its cell status in the table alternative, sortable by each column', async () => {
    type Features = { livcrCoverage: { featureCollection: { features: Array<{ properties: { status: string } }> } } };
    const { body } = await hub.query<Features>(`{ livcrCoverage { featureCollection } }`);
    const expected: Record<string, number> = {};
    for (const { properties } of body.data?.livcrCoverage.featureCollection.features ?? []) expected[properties.status] = (expected[properties.status] ?? 0) + 1;
    const { page } = await openPage(`${site.origin}/?lang=en`);
    try {
      await waitForShapes(page, 565);
      await page.locator(`${MAP} button.toggle`).click();
      const rows = page.locator(`${MAP} .table-view tbody tr`);
      expect(await rows.count()).toBe(565);
      expect(await page.locator(`${MAP} .frame`).isHidden()).toBe(true);
      // Columns: municipality, cell, kind of cell, status, member since; the statuses as the legend names them.
      const statuses = await page.locator(`${MAP} .table-view tbody tr td:nth-of-type(3)`).allTextContents();
      const counted: Record<string, number> = {};
      for (const status of statuses) counted[status] = (counted[status] ?? 0) + 1;
      expect(counted).toEqual({ 'Active cell': expected.COVERED ?? 0, 'Dormant cell': expected.DORMANT ?? 0, 'No cell': expected.NOT_COVERED ?? 0 });
      const names = await page.locator(`${MAP} .table-view tbody th`).allTextContents();
      expect(new Set(names).size).toBe(565);
      // Sorting by "member since" puts the earliest membership first, and says so to assistive technology.
      await page.locator(`${MAP} button.sort[data-column="since"]`).click();
      expect(await page.locator(`${MAP} th[aria-sort]`).getAttribute('aria-sort')).toBe('ascending');
      const since = await page.locator(`${MAP} .table-view tbody tr[data-nis]`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-nis')));
      expect(since).toHaveLength(565);
      await page.screenshot({ path: path.join(ARTIFACTS, 'widget-table-en.png') });
      // Printed, the page shows the table whichever view was on screen.
      await page.locator(`${MAP} button.toggle`).click();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator(`${MAP} .table-view`).isVisible()).toBe(true);
      expect(await page.locator(`${MAP} .map`).isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it.each(LANGUAGES)('passes axe-core’s WCAG 2.1 AA rules on a plain embedding page in %s, map and table, and shows all of Belgium at 390 and 320 px', async (lang) => {
    const { page, problems } = await openPage(`${site.origin}/?lang=${lang}`);
    try {
      await waitForShapes(page, 565);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `embed-desktop-${lang}.png`), fullPage: true });
      // From the first tab stop (the region select) to the control after the map: province, map, toggle.
      await page.keyboard.press('Tab');
      let presses = 0;
      while (presses < 10 && (await focusedElement(page))?.className !== 'toggle') {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect(presses).toBeLessThanOrEqual(5);
      await page.locator(`${MAP} button.toggle`).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator(`${MAP} button.toggle`).click();
      // A phone: the map re-fits to the narrower box and Belgium is whole in it.
      await page.setViewportSize(PHONE);
      await page.waitForFunction((tag) => {
        const box = document.querySelector(tag)?.shadowRoot?.querySelector('.map')?.getBoundingClientRect();
        return box !== undefined && box.width < 390;
      }, MAP);
      expect(await wholeMapShown(page)).toMatchObject({ shapes: 565, inside: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `embed-phone-${lang}.png`), fullPage: true });
      // The narrowest phones too.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await wholeMapShown(page)).toMatchObject({ shapes: 565, inside: true });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  describe('the demo dashboard in each language', () => {
    let enumValues: Set<string>;
    let ids: string[];

    beforeAll(async () => {
      // Every enum value of the API (introspection, which outside development needs a verified token), and the
      // organisation ids the figures use as keys.
      const token = await signDevelopmentToken({ subject: 'widget-browser-test' });
      const { body } = await hub.query<{ __schema: { types: Array<{ name: string; enumValues: Array<{ name: string }> | null }> } }>(
        `{ __schema { types { name enumValues(includeDeprecated: true) { name } } } }`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      enumValues = new Set(
        (body.data?.__schema.types ?? []).filter((type) => !type.name.startsWith('__')).flatMap((type) => (type.enumValues ?? []).map((value) => value.name)),
      );
      expect(enumValues.has('POLICY_SUPPORT')).toBe(true);
      const organisations = await hub.query<Record<string, { organisations: { nodes: Array<{ id: string }> } }>>(
        `{ federal { organisations(first: 100) { nodes { id } } } flanders { organisations(first: 100) { nodes { id } } } walloniaBrussels { organisations(first: 100) { nodes { id } } } }`,
      );
      ids = Object.values(organisations.body.data ?? {}).flatMap((level) => level.organisations.nodes.map((node) => node.id));
      expect(ids).toContain('bfpvs');
    });

    /** Opens the dashboard with everything loaded and every table unfolded. */
    async function openDashboard(lang: string) {
      const opened = await openPage(`${hubOrigin}/demo/?lang=${lang}`);
      const { page } = opened;
      await waitForShapes(page, 565);
      await page.waitForFunction(
        () => document.querySelectorAll('#levels .level').length === 5 && document.querySelector('#trend-table table') && document.querySelector('#levels table'),
        null,
        { timeout: 30_000 },
      );
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      return opened;
    }

    it.each(LANGUAGES)('%s: no axe-core WCAG 2.1 AA violation, ≤ 5 Tab presses past the map, no raw enum or id in the text, Belgium whole at 390 px', async (lang) => {
      const { page, problems } = await openDashboard(lang);
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // From the page's first tab stop (the skip link) to the control after the map, on the freshly loaded page.
        await page.keyboard.press('Tab');
        expect(await focusedElement(page)).toMatchObject({ tag: 'a', className: 'skip-link' });
        let presses = 0;
        while (presses < 10 && (await focusedElement(page))?.className !== 'toggle') {
          await page.keyboard.press('Tab');
          presses += 1;
        }
        expect(presses).toBeLessThanOrEqual(5);
        expect(await axeViolations(page)).toEqual([]);

        // Raw enum values ("POLICY_SUPPORT") and ids ("bfpvs") would be words of the text; with the map's table shown too.
        await page.locator(`${MAP} button.toggle`).click();
        const text = await visibleText(page);
        await page.locator(`${MAP} button.toggle`).click();
        const words = new Set(text.match(/[\p{L}\p{N}_-]+/gu) ?? []);
        expect([...words].filter((word) => enumValues.has(word))).toEqual([]);
        expect(ids.filter((id) => words.has(id))).toEqual([]);
        // Month-precision observations read as a month, never as its first day.
        expect(text).not.toMatch(/\b1 (Nov|nov)\.? 2019\b/);
        await page.screenshot({ path: path.join(ARTIFACTS, `demo-desktop-${lang}.png`), fullPage: true });

        await page.setViewportSize(PHONE);
        expect(await wholeMapShown(page)).toMatchObject({ shapes: 565, inside: true });
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(ARTIFACTS, `demo-phone-${lang}.png`), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
  it('shows the link inside the element without JavaScript, and the table it leads to has every municipality and no axe violation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/?lang=fr`);
      const link = page.locator(`${MAP} a`);
      await expect(link.isVisible()).resolves.toBe(true);
      expect(await link.getAttribute('href')).toBe(`${hubOrigin}/widget/table?lang=fr`);
      await link.click();
      await page.waitForURL(`${hubOrigin}/widget/table?lang=fr`);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('table caption').textContent()).toMatch(/^Communes et leur CSIL-R/);
      expect(await page.locator('tbody tr').count()).toBe(565);
      await page.screenshot({ path: path.join(ARTIFACTS, 'widget-table-page-no-js-fr.png') });
    } finally {
      await context.close();
    }
    // axe runs in the page, so this load has JavaScript (the page itself has no script to run).
    const { page } = await openPage(`${hubOrigin}/widget/table?lang=de`);
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
