import { existsSync } from 'node:fs';
import { trustedDocumentsFromEnvironment } from '@cohesion/gateway';
import { chromium, type Browser } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// Debian's chromium package (.ci/run installs it); a browser is never downloaded.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the widget and the demo dashboard on a gateway that enforces trusted documents', () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium package (see .ci/run) or set CHROMIUM_PATH.`);
    // As a production gateway runs by default: anonymous callers may only send registered operations.
    hub = await startTestHub({ gateway: { trustedDocuments: trustedDocumentsFromEnvironment({ NODE_ENV: 'production' }) } });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('draws the map of 565 municipalities and every level\'s figures, sending registered ids only', async () => {
    expect((await hub.query('{ provinces { nis } }')).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const operations: Array<Record<string, unknown>> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
    });
    try {
      await page.goto(`${new URL(hub.url).origin}/demo/?lang=en`);
      await page.waitForFunction(
        () => {
          const map = document.querySelector('cohesion-livcr-map');
          return map && !map.hasAttribute('aria-busy') && map.shadowRoot?.querySelectorAll('.leaflet-overlay-pane path[data-nis]').length === 565;
        },
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForFunction(() => document.querySelectorAll('#levels .level').length === 5 && !document.querySelector('#levels [role=alert]'), undefined, { timeout: 30_000 });
      await page.locator('#trend-table table tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
      expect(operations.length).toBeGreaterThanOrEqual(8);
      for (const operation of operations) {
        expect(operation).toEqual(expect.objectContaining({ documentId: expect.stringMatching(/^[0-9a-f]{64}$/) }));
        expect(operation).not.toHaveProperty('query');
      }
    } finally {
      await page.close();
    }
  }, 60_000);
});
