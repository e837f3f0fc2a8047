import { ErrorCode, isCalendarDate, type Logger } from '@cohesion/kit';
import {
  DEMO_PATHS,
  getTablePageRenderer,
  getWidgetAssets,
  readRegisteredOperation,
  TABLE_PAGE_LANGUAGES,
  TABLE_PAGE_PATH,
  WIDGET_SCRIPT_PATH,
  type TableMunicipality,
  type WidgetAsset,
} from '@cohesion/widget';
import { type Express, type RequestHandler, type Response } from 'express';
import { LRUCache } from 'lru-cache';

/** What the table page needs of a GraphQL answer. */
export type TablePageResult = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

export type UseWidgetRoutesOptions = {
  logger: Logger;
  /**
   * Runs an operation through the gateway's own server as an anonymous caller (authorization, trusted documents and
   * limits included), for the server-rendered table page. Without it, the page is not served.
   */
  executeAnonymously?: (request: { query: string; operationName: string; variables: Record<string, unknown> }) => Promise<TablePageResult>;
  /** Run before the table page (the gateway's rate limit: the page costs what a national map query costs). */
  tablePageMiddleware?: RequestHandler[];
  /** How long a rendered table page is kept and reused (the response cache's TTL); not kept when 0. */
  tablePageCacheSeconds?: number;
};

/** The operation the table page runs: the widget's own registered one, so it reads exactly what the map shows. */
const TABLE_OPERATION = 'CohesionLivcrMap';

// The demo page loads only its own origin's scripts, styles and API: no CDN, no tiles, no inline script.
const DEMO_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', vary: 'Accept-Encoding' };

const WIDGET_HEADERS = {
  ...COMMON_HEADERS,
  // Not fingerprinted, so cached for an hour and then revalidated with the ETag (a 304 costs a few bytes).
  'cache-control': 'public, max-age=3600, stale-while-revalidate=86400',
  // The script is public and made to be embedded by pages on other origins.
  'cross-origin-resource-policy': 'cross-origin',
  'access-control-allow-origin': '*',
};

const DEMO_HEADERS = {
  ...COMMON_HEADERS,
  'cache-control': 'no-cache',
  'referrer-policy': 'no-referrer',
  'content-security-policy': DEMO_CONTENT_SECURITY_POLICY,
};

/**
 * The embeddable map widget (GET /widget/cohesion-livcr-map.js) and the demo dashboard (GET /demo/), built in
 * memory by @cohesion/widget on first request and kept for the life of the process. Gzipped when the client
 * accepts it; ETags for revalidation.
 */
export function useWidgetRoutes(app: Express, options: UseWidgetRoutesOptions) {
  const serve =
    (path: string, headers: Record<string, string>): RequestHandler =>
    async (req, res) => {
      let asset: WidgetAsset | undefined;
      try {
        asset = (await getWidgetAssets()).get(path);
      } catch (error) {
        options.logger.error({ err: error }, 'could not build the map widget');
      }
      if (!asset) {
        res.status(500).type('text/plain').send('The map widget could not be built; see the hub log.');
        return;
      }
      const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
      // Each encoding is its own representation, so it has its own validator.
      res.set({ ...headers, 'content-type': asset.contentType, etag: gzip ? asset.etag.replace(/"$/, '-gzip"') : asset.etag });
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      if (gzip) res.set('content-encoding', 'gzip');
      res.send(gzip ? asset.gzipped : asset.body);
    };
  app.get(WIDGET_SCRIPT_PATH, serve(WIDGET_SCRIPT_PATH, WIDGET_HEADERS));
  // Routing is not strict, so /demo answers as /demo/ does (the page links its assets by absolute path).
  for (const path of Object.values(DEMO_PATHS)) app.get(path, serve(path, DEMO_HEADERS));
  const execute = options.executeAnonymously;
  if (execute) app.get(TABLE_PAGE_PATH, ...(options.tablePageMiddleware ?? []), tablePage(execute, options.logger, options.tablePageCacheSeconds ?? 0));
}

const badRequest = (res: Response, message: string) => {
  res.status(400).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
};

/**
 * GET /widget/table?lang=nl|fr|de|en[&at=YYYY-MM-DD]: every municipality with its LIVC-R cell, scope, status and
 * date of membership, as a plain HTML table without script: the map widget's fallback when JavaScript is off, and
 * its printable form. The data is what an anonymous caller of the API reads; the page is public and cacheable.
 */
function tablePage(execute: NonNullable<UseWidgetRoutesOptions['executeAnonymously']>, logger: Logger, cacheSeconds: number): RequestHandler {
  // Rendered pages by language and date, so that a burst of readers costs one query per page and TTL.
  const pages = cacheSeconds > 0 ? new LRUCache<string, TablePage>({ max: 64, ttl: cacheSeconds * 1000 }) : undefined;
  return async (req, res) => {
    const { lang = 'en', at } = req.query;
    const language = TABLE_PAGE_LANGUAGES.find((code) => code === lang);
    if (!language) {
      badRequest(res, `lang must be one of ${TABLE_PAGE_LANGUAGES.join(', ')}; got ${JSON.stringify(lang)}.`);
      return;
    }
    if (at !== undefined && !isCalendarDate(at)) {
      badRequest(res, `at must be a calendar date YYYY-MM-DD; got ${JSON.stringify(at)}.`);
      return;
    }
    const key = `${language}|${typeof at === 'string' ? at : ''}`;
    let page = pages?.get(key);
    try {
      if (!page) {
        page = await renderTablePage(execute, language, typeof at === 'string' ? at : undefined);
        pages?.set(key, page);
      }
    } catch (error) {
      if (error instanceof TablePageInputError) {
        badRequest(res, error.message);
        return;
      }
      logger.error({ err: error }, 'could not render the municipality table page');
      res.status(503).set({ 'cache-control': 'no-store', 'retry-after': '30' }).type('text/plain').send('The table of municipalities is unavailable for now; please try again later.');
      return;
    }
    res.set({
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      // Public data that changes with the published content: short-lived in shared caches.
      'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
      'content-language': language,
      'referrer-policy': 'no-referrer',
      'content-security-policy': `default-src 'none'; style-src ${page.styleHash}; base-uri 'none'; form-action 'none'`,
    });
    res.send(page.html);
  };
}

type TablePage = { html: string; styleHash: string };

/** The API refused the request's values (BAD_USER_INPUT): the caller's to fix, answered with 400. */
class TablePageInputError extends Error {}

/** Runs the widget's operation as an anonymous caller and renders its municipalities. */
async function renderTablePage(execute: NonNullable<UseWidgetRoutesOptions['executeAnonymously']>, language: (typeof TABLE_PAGE_LANGUAGES)[number], at: string | undefined): Promise<TablePage> {
  const [renderer, query] = await Promise.all([getTablePageRenderer(), readRegisteredOperation(TABLE_OPERATION)]);
  const result = await execute({ query, operationName: TABLE_OPERATION, variables: { precision: 'NATIONAL', ...(at ? { at } : {}) } });
  const coverage = result.data?.livcrCoverage as
    | { at: string; topology: { objects: { municipalities: { geometries: Array<{ properties: TableMunicipality }> } } }; provenance: { source: string; kind: string } }
    | undefined;
  const refused = result.errors?.find((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT);
  if (refused) throw new TablePageInputError(refused.message);
  if (!coverage || result.errors?.length) throw new Error(`livcrCoverage failed: ${result.errors?.map((error) => error.message).join(' ') ?? 'no data'}`);
  const html = renderer.renderTablePage({
    language,
    at: coverage.at,
    municipalities: coverage.topology.objects.municipalities.geometries.map((geometry) => geometry.properties),
    provenance: coverage.provenance,
  });
  return { html, styleHash: renderer.styleHash };
}
