import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import type * as TablePage from './browser/table-page';
import { type WidgetLanguage } from './browser/labels';

export type { TableMunicipality, TablePageInput } from './browser/table-page';
export type TablePageRenderer = Pick<typeof TablePage, 'renderTablePage'> & {
  /** The CSP source that allows the page's one inline stylesheet (`'sha256-…'`). */
  styleHash: string;
};

/** The path of the no-JavaScript table page, as the hub serves it. */
export const TABLE_PAGE_PATH = '/widget/table';

/** The languages the page is offered in: the widget's. */
export const TABLE_PAGE_LANGUAGES = ['nl', 'fr', 'de', 'en'] as const satisfies readonly WidgetLanguage[];

const PACKAGE_ROOT = path.resolve(__dirname, '..');
/** The committed manifest of the hub's own operations (client's `npm run codegen` writes it; the image copies it). */
const MANIFEST = path.resolve(PACKAGE_ROOT, '../trusted-documents/cohesion-hub.json');

/**
 * The renderer of the table page, bundled for Node from the widget's browser sources (which the per-file build
 * leaves out of dist/, and which the image ships for the widget's own bundle) and evaluated once: the page uses
 * the very labels, names and date formats of the widget. The bundle has no imports of its own.
 */
async function buildTablePageRenderer(): Promise<TablePageRenderer> {
  const result = await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: ['src/browser/table-page.ts'],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no table page renderer');
  const module = { exports: {} as Partial<typeof TablePage> };
  const run = vm.runInThisContext(`(function (module, exports) {\n${code}\n})`, { filename: 'widget/src/browser/table-page.ts' }) as (m: typeof module, e: object) => void;
  run(module, module.exports);
  const { renderTablePage, TABLE_PAGE_STYLE } = module.exports;
  if (!renderTablePage || TABLE_PAGE_STYLE === undefined) throw new Error('the table page bundle exports no renderTablePage');
  return { renderTablePage, styleHash: `'sha256-${createHash('sha256').update(TABLE_PAGE_STYLE).digest('base64')}'` };
}

let renderer: Promise<TablePageRenderer> | undefined;

/** The renderer, built once per process on first use (a failed build is retried on the next call). */
export function getTablePageRenderer(): Promise<TablePageRenderer> {
  renderer ??= buildTablePageRenderer().catch((error: unknown) => {
    renderer = undefined;
    throw error;
  });
  return renderer;
}

/**
 * The text of one of the hub's registered operations, by name, from the committed manifest: what the widget sends
 * by id, so the page runs exactly what a trusted-documents gateway allows anonymous callers.
 */
export async function readRegisteredOperation(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as { operations?: Array<{ name?: string; body?: string }> };
  const body = manifest.operations?.find((operation) => operation.name === name)?.body;
  if (!body) throw new Error(`${MANIFEST} has no operation named ${name}`);
  return body;
}
