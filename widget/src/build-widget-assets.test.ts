import { gunzipSync } from 'node:zlib';
import { buildWidgetAssets, DEMO_PATHS, WIDGET_SCRIPT_PATH } from './build-widget-assets';

describe('buildWidgetAssets', () => {
  let assets: Awaited<ReturnType<typeof buildWidgetAssets>>;
  beforeAll(async () => {
    assets = await buildWidgetAssets();
  }, 60_000);

  it('bundles the widget into one script that defines the element and carries Leaflet and its stylesheet', () => {
    const script = assets.get(WIDGET_SCRIPT_PATH);
    expect(script?.contentType).toBe('text/javascript; charset=utf-8');
    const source = script?.body.toString('utf8') ?? '';
    // Booleans rather than string matchers: a failure would otherwise print the whole bundle.
    expect(source.includes('"cohesion-livcr-map"')).toBe(true);
    expect(source.includes('.leaflet-overlay-pane')).toBe(true);
    expect(/Leaflet 1\.9\.\d+, a JS library for interactive maps/.test(source)).toBe(true);
    // One self-contained classic script: nothing left to import at run time.
    expect(/\bimport\s*\(|\brequire\(/.test(source)).toBe(false);
  });

  it('serves every script and stylesheet the demo page links to', () => {
    const page = assets.get(DEMO_PATHS.page)?.body.toString('utf8') ?? '';
    const linked = [...page.matchAll(/(?:src|href)="(\/[^"]*)"/g)].map((match) => match[1]);
    expect(linked.sort()).toEqual([DEMO_PATHS.stylesheet, DEMO_PATHS.script, WIDGET_SCRIPT_PATH].sort());
    for (const path of linked) expect(assets.has(path ?? '')).toBe(true);
  });

  it('gzips each asset to the same bytes and names each version by a hash of its content', async () => {
    for (const asset of assets.values()) expect(gunzipSync(asset.gzipped).equals(asset.body)).toBe(true);
    const again = await buildWidgetAssets();
    for (const [path, asset] of assets) expect(again.get(path)?.etag).toBe(asset.etag);
    expect(new Set([...assets.values()].map((asset) => asset.etag)).size).toBe(assets.size);
  });
});
