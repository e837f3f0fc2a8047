import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type Municipalities = { municipalities: { totalCount: number } };
type Page = { municipalities: { nodes: Array<{ nis: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('municipalities through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('serves all 565 municipalities of 2025, and 285 / 261 / 19 per region', async () => {
    const { body } = await hub.query<Record<string, { totalCount: number }>>(`{
      all: municipalities { totalCount }
      flanders: municipalities(filter: { region: FLANDERS }) { totalCount }
      wallonia: municipalities(filter: { region: WALLONIA }) { totalCount }
      brussels: municipalities(filter: { region: BRUSSELS }) { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      all: { totalCount: 565 },
      flanders: { totalCount: 285 },
      wallonia: { totalCount: 261 },
      brussels: { totalCount: 19 },
    });
  });

  it('counts the municipalities of every province as the Statbel table does', async () => {
    const csv = readFileSync(path.resolve(__dirname, '../../db/reference/belgium/municipalities_2025.csv'), 'utf8');
    const expected = new Map<string, number>();
    for (const line of csv.trim().split('\n').slice(1)) {
      const province = line.split(',')[8] ?? '';
      if (province) expected.set(province, (expected.get(province) ?? 0) + 1);
    }
    expect(expected.size).toBe(10);
    for (const [province, count] of expected) {
      const { body } = await hub.query<Municipalities>(
        `query ($province: ID!) { municipalities(filter: { province: $province }) { totalCount } }`,
        { variables: { province } },
      );
      expect({ province, count: body.data?.municipalities.totalCount }).toEqual({ province, count });
    }
  });

  it('answers Merelbeke-Melle with its two predecessors and a polygon boundary', async () => {
    const { body } = await hub.query<{ municipality: { names: { nl: string }; predecessors: Array<{ nis: string }>; geometry: { type: string; coordinates: unknown[] }; province: { nis: string } } }>(
      `{ municipality(nis: "44088") { names { nl } predecessors { nis } geometry province { nis } } }`,
    );
    expect(body.data?.municipality.names.nl).toBe('Merelbeke-Melle');
    expect(body.data?.municipality.predecessors.map((p) => p.nis)).toEqual(['44040', '44043']);
    expect(body.data?.municipality.province.nis).toBe('40000');
    expect(body.data?.municipality.geometry.type).toMatch(/Polygon$/);
    expect(body.data?.municipality.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it('names Kelmis in Dutch and German and La Calamine in French', async () => {
    const { body } = await hub.query(`{ municipality(nis: "63040") { names { nl fr de } languageRegime } }`);
    expect(body.data).toEqual({ municipality: { names: { nl: 'Kelmis', fr: 'La Calamine', de: 'Kelmis' }, languageRegime: 'GERMAN' } });
  });

  it('gives the city of Brussels no province', async () => {
    const { body } = await hub.query(`{ municipality(nis: "21004") { names { fr } province { nis } region { code isoCode } } }`);
    expect(body.data).toEqual({ municipality: { names: { fr: 'Bruxelles' }, province: null, region: { code: 'BRUSSELS', isoCode: 'BE-BRU' } } });
  });

  it('falls back to the local name where Statbel has no German name (codes created in 2025)', async () => {
    const { body } = await hub.query(`{ a: municipality(nis: "82039") { names { fr de } } b: municipality(nis: "44088") { names { de } } }`);
    expect(body.data).toEqual({ a: { names: { fr: 'Bastogne', de: 'Bastogne' } }, b: { names: { de: 'Merelbeke-Melle' } } });
  });

  it('chooses the name from Accept-Language when no lang argument is given, Dutch by default', async () => {
    const query = `{ municipality(nis: "62063") { name } }`;
    const byDefault = await hub.query(query);
    const french = await hub.query(query, { headers: { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' } });
    const german = await hub.query(query, { headers: { 'accept-language': 'de' } });
    const explicit = await hub.query(`{ municipality(nis: "62063") { name(lang: NL) } }`, { headers: { 'accept-language': 'fr' } });
    expect([byDefault, french, german, explicit].map((r) => (r.body.data as { municipality: { name: string } }).municipality.name)).toEqual([
      'Luik',
      'Liège',
      'Lüttich',
      'Luik',
    ]);
  });

  it('rejects a malformed NIS code with BAD_USER_INPUT naming the value, without HTTP 500', async () => {
    const { status, body } = await hub.query(`{ municipality(nis: "ABC") { nis } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ municipality: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('"ABC"');
  });

  it('answers null without an error for an unknown NIS code', async () => {
    const { status, body } = await hub.query(`{ municipality(nis: "99999") { nis } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { municipality: null } });
  });

  it('pages through all 565 municipalities with cursors, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body }: { body: { data?: Page | null } } = await hub.query<Page>(`query ($after: String) { municipalities(first: 100, after: $after) { nodes { nis } pageInfo { hasNextPage endCursor } } }`, {
          variables: { after },
        });
      const page: Page['municipalities'] = body.data!.municipalities;
      seen.push(...page.nodes.map((n) => n.nis));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(6);
    expect(seen).toHaveLength(565);
    expect(new Set(seen).size).toBe(565);
    expect([...seen].sort()).toEqual(seen);
  });

  it('rejects a forged cursor and an out-of-range page size with BAD_USER_INPUT', async () => {
    const forged = await hub.query(`{ municipalities(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    const tooLarge = await hub.query(`{ municipalities(first: 100000) { totalCount } }`);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.body.errors?.[0]?.message).toContain('100000');
  });

  it('finds municipalities by name in any language, ignoring case and accents', async () => {
    const { body } = await hub.query(`{ municipalities(filter: { search: "liege" }) { nodes { nis } } }`);
    expect((body.data as { municipalities: { nodes: Array<{ nis: string }> } }).municipalities.nodes.map((n) => n.nis)).toContain('62063');
  });

  it('lists the 10 provinces and 3 regions with boundaries', async () => {
    const { body } = await hub.query<{ provinces: Array<{ nis: string; region: { code: string } }>; regions: Array<{ code: string; provinces: unknown[] }> }>(
      `{ provinces { nis region { code } } regions { code provinces { nis } geometry } }`,
    );
    expect(body.data?.provinces).toHaveLength(10);
    expect(body.data?.regions.map((r) => [r.code, r.provinces.length])).toEqual([
      ['FLANDERS', 5],
      ['WALLONIA', 5],
      ['BRUSSELS', 0],
    ]);
  });

  it('answers /health and /ready', async () => {
    const base = hub.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', subgraphs: { municipalities: 'up' } });
  });
});
