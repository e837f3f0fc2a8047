import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type ApolloServerPlugin } from '@apollo/server';
import { type Express } from 'express';

/** Where the GraphiQL files are served (in development only, like the page). */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

const OPTIONS = {
  title: 'Cohesion Hub — GraphiQL',
  endpoint: '/graphql',
  defaultQuery: `# Welcome to Cohesion Hub. Try:
{
  municipalities(filter: { region: FLANDERS }) {
    totalCount
    nodes { nis name(lang: NL) province { name } }
  }
}
`,
};

type Asset = { path: string; contentType: string; body: Buffer; etag: string; gzipped?: Buffer };

function asset(name: string, extension: string, contentType: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  // The content hash is in the name, so a file can be cached for good: a new bundle gets a new name.
  return { path: `${GRAPHIQL_ASSETS_PATH}${name}.${hash}.${extension}`, contentType, body, etag: `"${hash}"` };
}

const javascript = 'text/javascript; charset=utf-8';

let built: Promise<{ page: string; assets: Map<string, Asset> }> | undefined;

/**
 * GraphiQL as a small page and separate files, rather than yoga's one 9 MB page with everything inline: the page
 * (about 1 kB) shows at once and says it is loading; the editor's script and stylesheet follow, gzipped and cached
 * for good under content-hashed names (a second visit downloads only the page); Monaco's three language workers
 * are plain same-origin files fetched only when the editor starts them. Still bundled from npm: no CDN.
 */
function build() {
  built ??= buildFiles();
  return built;
}

async function buildFiles() {
  // Loaded on the first request for GraphiQL, never at start: the bundle is some 14 MB of text that a process which
  // never shows GraphiQL (every production one) would otherwise keep in its heap.
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const workers = {
    editorWorkerService: asset('editor.worker', 'js', javascript, Buffer.from(bundle.editorWorkerService)),
    json: asset('json.worker', 'js', javascript, Buffer.from(bundle.jsonWorker)),
    graphql: asset('graphql.worker', 'js', javascript, Buffer.from(bundle.graphqlWorker)),
  };
  const workerUrls = Object.fromEntries(Object.entries(workers).map(([label, file]) => [label, file.path]));
  // One script: Monaco's environment first (it reads it when it starts a worker), then GraphiQL, then the render.
  const script = asset(
    'graphiql',
    'js',
    javascript,
    Buffer.from(
      `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_moduleId, label) { return ${JSON.stringify(workerUrls)}[label]; } };\n` +
        `${bundle.js};\n` +
        `YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${JSON.stringify(OPTIONS)});\n`,
    ),
  );
  const stylesheet = asset('graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(bundle.css));
  const [, iconType = 'image/x-icon', iconData = ''] = /^data:([^;,]+);base64,(.*)$/s.exec(bundle.favicon) ?? [];
  const icon = asset('favicon', 'ico', iconType, Buffer.from(iconData, 'base64'));
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${OPTIONS.title}</title>
    <link rel="icon" href="${icon.path}" />
    <link rel="stylesheet" href="${stylesheet.path}" />
    <script src="${script.path}" defer></script>
  </head>
  <body id="body" class="no-focus-outline">
    <div id="root"><p style="font: 16px sans-serif; margin: 24px">Loading GraphiQL…</p></div>
    <noscript>GraphiQL needs JavaScript. Without it, POST GraphQL requests to /graphql.</noscript>
  </body>
</html>
`;
  return { page, assets: new Map([script, stylesheet, icon, ...Object.values(workers)].map((file) => [file.path, file])) };
}

/** The GraphiQL page on GET /graphql for browsers (Apollo's landing page hook), in development. */
export function useGraphiQL(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: (await build()).page }; } };
    },
  };
}

/** Serves the files the GraphiQL page loads: gzipped when the client accepts it (compressed on first request), cached for good. */
export function useGraphiQLRoutes(app: Express) {
  app.get(`${GRAPHIQL_ASSETS_PATH}:file`, async (req, res) => {
    const file = (await build()).assets.get(req.path);
    if (!file) {
      res.status(404).type('text/plain').send(`No GraphiQL file ${req.path}`);
      return;
    }
    const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
    res.set({
      'content-type': file.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      etag: gzip ? file.etag.replace(/"$/, '-gzip"') : file.etag,
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (!gzip) {
      res.send(file.body);
      return;
    }
    file.gzipped ??= gzipSync(file.body);
    res.set('content-encoding', 'gzip').send(file.gzipped);
  });
}
