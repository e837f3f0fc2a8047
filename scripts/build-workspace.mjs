#!/usr/bin/env node
// `npm run build` in a runtime workspace: transpiles its src/**/*.ts (tests and browser code left out) to CommonJS in
// dist/, file by file and with the same layout, so every path a module computes from __dirname (../schema.graphql,
// ../migrations, ../../development-keys) stays valid, and copies the non-TypeScript files beside them (JSON reference
// data). Type checking stays with `tsc --noEmit` (turbo's typecheck task); tsconfig's isolatedModules makes file-by-
// file transpilation safe. Production starts run dist/ with `node --conditions=compiled` (package.json "exports").
import { cpSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const workspace = process.cwd();
const source = path.join(workspace, 'src');
const out = path.join(workspace, 'dist');
const LEFT_OUT = [/\.test\.ts$/, /\.d\.ts$/, /(^|\/)browser\//];

const files = readdirSync(source, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(source, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .filter((file) => !LEFT_OUT.some((pattern) => pattern.test(file)));

rmSync(out, { recursive: true, force: true });
const typescript = files.filter((file) => file.endsWith('.ts'));
await build({
  absWorkingDir: workspace,
  entryPoints: typescript.map((file) => `src/${file}`),
  outdir: 'dist',
  outbase: 'src',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
const assets = files.filter((file) => !file.endsWith('.ts'));
for (const file of assets) cpSync(path.join(source, file), path.join(out, file));
console.log(`${path.relative(process.cwd(), out) || 'dist'}: ${typescript.length} modules, ${assets.length} assets`);
