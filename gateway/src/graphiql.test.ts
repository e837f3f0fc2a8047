import { once } from 'node:events';
import { get, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { GRAPHIQL_ASSETS_PATH, useGraphiQL, useGraphiQLRoutes } from './graphiql';

/** The landing page the plugin gives Apollo Server. */
async function landingPage(): Promise<string> {
  const plugin = useGraphiQL();
  const listener = await plugin.serverWillStart?.({} as never);
  const page = await (listener as { renderLandingPage(): Promise<{ html: string }> }).renderLandingPage();
  return page.html;
}

/** A GET over node:http, which (unlike fetch) neither decompresses nor adds cache headers of its own. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; etag: string | undefined; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, etag: answer.headers.etag, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the GraphiQL page', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const app = express();
    useGraphiQLRoutes(app);
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is a page of about a kilobyte that loads its files from this origin, not 9 MB with everything inline', async () => {
    const html = await landingPage();
    expect(Buffer.byteLength(html)).toBeLessThan(2_000);
    expect(/<script>|<style>|data:/.test(html)).toBe(false);
    const linked = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(linked.length).toBe(3);
    for (const path of linked) expect(path.startsWith(GRAPHIQL_ASSETS_PATH)).toBe(true);
  });

  it('serves the script, stylesheet, icon and workers gzipped, cached for good under content-hashed names', async () => {
    const html = await landingPage();
    const script = /src="([^"]+\.js)"/.exec(html)?.[1] ?? '';
    const response = await fetch(`${origin}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const source = await response.text();
    expect(source.includes('YogaGraphiQL.renderYogaGraphiQL')).toBe(true);
    // The workers Monaco starts are named in the script and served from this origin.
    const workers = [...source.matchAll(/\/graphiql\/[a-z.]+worker\.[\w-]+\.js/g)].map((match) => match[0]);
    expect(new Set(workers).size).toBe(3);
    for (const worker of new Set(workers)) {
      const answer = await fetch(`${origin}${worker}`);
      expect({ worker, status: answer.status }).toEqual({ worker, status: 200 });
    }
    // What a first visit downloads before the editor shows (page, script, stylesheet), gzipped: well under yoga's 2.4 MB.
    let total = Buffer.byteLength(html);
    for (const path of [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '')) {
      // The bytes on the wire.
      const raw = (await rawGet(`${origin}${path}`, { 'accept-encoding': 'gzip' })).body;
      expect(gunzipSync(raw).length).toBeGreaterThan(raw.length);
      total += raw.length;
    }
    expect(total).toBeLessThan(2_000_000);
  });

  it('revalidates with the ETag and answers 404 for a file it does not have', async () => {
    const html = await landingPage();
    const stylesheet = /href="([^"]+\.css)"/.exec(html)?.[1] ?? '';
    const first = await rawGet(`${origin}${stylesheet}`, { 'accept-encoding': 'identity' });
    const etag = first.etag ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await rawGet(`${origin}${stylesheet}`, { 'accept-encoding': 'identity', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await fetch(`${origin}${GRAPHIQL_ASSETS_PATH}nothing.js`)).status).toBe(404);
  });
});
