import { type Logger } from '@cohesion/kit';
import { DEMO_PATHS, getWidgetAssets, WIDGET_SCRIPT_PATH, type WidgetAsset } from '@cohesion/widget';
import { type Express, type RequestHandler } from 'express';

export type UseWidgetRoutesOptions = { logger: Logger };

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
}
