import { OPERATION_IDS } from '@cohesion/client';
import { trustedDocumentsFromEnvironment } from '@cohesion/gateway';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type CoverageAnswer = {
  data: {
    livcrCoverage: {
      at: string;
      topology: { objects: { municipalities: { geometries: Array<{ properties: { nis: string; cellName: string | null; status: string } }> } } };
    };
  };
};

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const text = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
const rowsOf = (html: string) => [...html.matchAll(/<tr data-nis="(\d{5})"><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td>/g)];

const RATE_LIMIT = 12;

describe('GET /widget/table, the map widget without JavaScript', () => {
  let hub: TestHub;
  let origin: string;

  beforeAll(async () => {
    // Anonymous callers may only run registered operations, as in production: the page must still be served.
    const trustedDocuments = trustedDocumentsFromEnvironment({ NODE_ENV: 'production', TRUSTED_DOCUMENTS_REDIS_KEY: 'nojs-table:unused' });
    // A budget the tests before the last stay within (7 requests), in memory: the page counts against the caller's budget.
    hub = await startTestHub({ gateway: { trustedDocuments, rateLimit: { requests: RATE_LIMIT, windowSeconds: 600 } } });
    origin = new URL(hub.url).origin;
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
  });

  it('lists every municipality with its cell, as the API tells an anonymous caller, in a page without script', async () => {
    const response = await fetch(`${origin}/widget/table?lang=nl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<caption>Gemeenten en hun LIVC-R: België, ');

    const api = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: OPERATION_IDS.CohesionLivcrMap, variables: { precision: 'NATIONAL' } }),
    });
    const { data } = (await api.json()) as CoverageAnswer;
    const municipalities = data.livcrCoverage.topology.objects.municipalities.geometries.map((geometry) => geometry.properties);
    expect(municipalities).toHaveLength(565);
    const rows = rowsOf(html);
    expect(rows).toHaveLength(565);
    const cells = new Map(rows.map(([, nis, , cell]) => [nis, text(cell ?? '')]));
    for (const { nis, cellName } of municipalities) expect(cells.get(nis)).toBe(cellName ?? 'geen');
    expect(municipalities.some(({ cellName }) => cellName)).toBe(true);
  });

  it('speaks the requested language, French included', async () => {
    const html = await (await fetch(`${origin}/widget/table?lang=fr&at=2020-06-30`)).text();
    expect(html).toContain('<html lang="fr">');
    for (const header of ['Commune', 'Cellule', 'Type de cellule', 'Statut', 'Membre depuis']) expect(html).toContain(`<th scope="col">${header}</th>`);
    expect(html).toContain('30 juin 2020');
    expect(rowsOf(html)).toHaveLength(565);
  });

  it.each([
    ['lang=xx', '"xx"'],
    ['lang=fr&at=2021-02-30', '"2021-02-30"'],
    ['lang=de&at=yesterday', '"yesterday"'],
  ])('refuses %s with 400 BAD_USER_INPUT naming the value', async (search, value) => {
    const response = await fetch(`${origin}/widget/table?${search}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain(value);
  });

  it('counts against the rate limit of an anonymous caller (last: it spends the budget)', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < RATE_LIMIT; request += 1) statuses.push((await fetch(`${origin}/widget/table?lang=de`)).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(0, statuses.indexOf(429)).every((status) => status === 200)).toBe(true);
  });
});
