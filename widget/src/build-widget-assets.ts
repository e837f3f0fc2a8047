import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** One file the hub serves for the widget or the demo, ready to send. */
export type WidgetAsset = {
  body: Buffer;
  /** The body gzipped once at build time, for clients that accept it. */
  gzipped: Buffer;
  contentType: string;
  /** Strong validator: a hash of the body. */
  etag: string;
};

/** URL paths of the assets, as the hub serves them. */
export const WIDGET_SCRIPT_PATH = '/widget/cohesion-livcr-map.js';
export const DEMO_PATHS = { page: '/demo/', script: '/demo/demo.js', stylesheet: '/demo/demo.css' } as const;

const PACKAGE_ROOT = path.resolve(__dirname, '..');

function asset(body: Buffer | string, contentType: string): WidgetAsset {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return { body: buffer, gzipped: gzipSync(buffer, { level: 9 }), contentType, etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 27)}"` };
}

/**
 * Bundles the widget (with Leaflet and its stylesheet) and the demo dashboard (with Chart.js) into one script
 * each, in memory with esbuild's JS API: nothing generated is written or committed, and what the hub serves is
 * always built from the sources beside it. Legal comments (Leaflet's and Chart.js's licences) stay at the end.
 */
export async function buildWidgetAssets(): Promise<Map<string, WidgetAsset>> {
  const result = await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: { 'cohesion-livcr-map': 'src/browser/cohesion-livcr-map.ts', demo: 'src/browser/demo-dashboard.ts' },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    minify: true,
    legalComments: 'eof',
    loader: { '.css': 'text' },
    charset: 'utf8',
    logLevel: 'silent',
  });
  const scripts = new Map(result.outputFiles.map((file) => [path.basename(file.path), Buffer.from(file.contents)]));
  const script = (name: string) => {
    const body = scripts.get(name);
    if (!body) throw new Error(`esbuild produced no ${name}`);
    return asset(body, 'text/javascript; charset=utf-8');
  };
  const [page, stylesheet] = await Promise.all([
    readFile(path.join(PACKAGE_ROOT, 'demo/index.html')),
    readFile(path.join(PACKAGE_ROOT, 'demo/demo.css')),
  ]);
  return new Map([
    [WIDGET_SCRIPT_PATH, script('cohesion-livcr-map.js')],
    [DEMO_PATHS.script, script('demo.js')],
    [DEMO_PATHS.page, asset(page, 'text/html; charset=utf-8')],
    [DEMO_PATHS.stylesheet, asset(stylesheet, 'text/css; charset=utf-8')],
  ]);
}

let built: Promise<Map<string, WidgetAsset>> | undefined;

/**
 * The assets, built once per process on first use and then kept in memory (a failed build is retried on the
 * next call rather than cached).
 */
export function getWidgetAssets(): Promise<Map<string, WidgetAsset>> {
  built ??= buildWidgetAssets().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}
