import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
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
const MAP = 'cohesion-livcr-map';
const SHAPES = `${MAP} .leaflet-overlay-pane path`;

type Site = { origin: string; close(): Promise<void> };

/**
 * A plain web site on its own loopback port: another origin than the hub's, embedding the widget as any
 * municipality's site would, with one script tag from the hub and the element. `?lang=` sets `<html lang>`.
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
    <cohesion-livcr-map></cohesion-livcr-map>
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
      const shapes = map?.shadowRoot?.querySelectorAll('.leaflet-overlay-pane path').length ?? 0;
      return map && !map.hasAttribute('aria-busy') && (expected === null ? shapes > 0 : shapes === expected);
    },
    { tag: MAP, expected: count ?? null },
    { timeout: 30_000 },
  );
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
    hub = await startTestHub({ corsOrigins: [site.origin] });
    hubOrigin = new URL(hub.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await foreignSite?.close();
    await hub?.close();
  });

  async function openPage(url: string) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
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
      // The palette of status-palette.ts: Okabe–Ito blue, orange, and light grey.
      const shown = async () => ({
        COVERED: await page.locator(`${MAP} path[fill="#0072B2"]`).count(),
        DORMANT: await page.locator(`${MAP} path[fill="#E69F00"]`).count(),
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

  it('shows a visible error when the API refuses the page’s origin', async () => {
    const { page } = await openPage(`${foreignSite.origin}/?lang=nl`);
    try {
      const alert = page.locator(`${MAP} [role=alert]`);
      await alert.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await alert.textContent()).toContain('De kaart kon niet worden geladen.');
      expect(await page.locator(SHAPES).count()).toBe(0);
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
});
