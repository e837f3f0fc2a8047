import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, cpSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Follows docs/adding-a-level.md mechanically on a copy of the repository: runs the commands of its first `sh` block
// with a throw-away level, then checks that composition took the new subgraph and that no more than three files
// outside the level's own folders changed. `npm install` is skipped (it needs the network); the copy's node_modules
// links the real packages and points the workspace links at the copy, so the copy's registry is the one read.

const ROOT = path.resolve(__dirname, '..', '..');
const DOC = path.join(ROOT, 'docs', 'adding-a-level.md');
const EXAMPLE = { name: 'german-speaking-community', schema: 'german_speaking_community', port: '4006' };
const THROWAWAY = { name: 'throwaway-level', schema: 'throwaway_level', port: '4099' };

/** The commands of the doc's first `sh` block, comments dropped, with the example level replaced by the throw-away one. */
function stepsOfDoc(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readFileSync(DOC, 'utf8'))?.[1];
  if (!block) throw new Error(`${DOC} has no sh block of steps`);
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(EXAMPLE.name).join(THROWAWAY.name).split(EXAMPLE.schema).join(THROWAWAY.schema).split(EXAMPLE.port).join(THROWAWAY.port));
}

/** node_modules of the copy: every package linked to the real one, except workspace links, which stay relative (to the copy). */
function linkNodeModules(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    const target = path.join(to, entry);
    const link = lstatSync(source).isSymbolicLink() ? readlinkSync(source) : null;
    if (link !== null && !path.isAbsolute(link)) symlinkSync(link, target);
    else if (link === null && entry.startsWith('@') && statSync(source).isDirectory()) linkNodeModules(source, target);
    else symlinkSync(source, target);
  }
}

/** Every file under a folder (node_modules aside), relative to it. */
function filesUnder(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix)).flatMap((entry) => {
    if (entry === 'node_modules') return [];
    const relative = path.join(prefix, entry);
    return lstatSync(path.join(root, relative)).isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

const OWN_FOLDERS = [
  `subgraphs/${THROWAWAY.name}/`,
  `db/src/schema/${THROWAWAY.name}.ts`,
  `db/src/seed/${THROWAWAY.name}/`,
  `db/migrations/${THROWAWAY.schema}/`,
];

describe('adding a level (docs/adding-a-level.md)', () => {
  let copy: string;
  let tracked: string[];

  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'cohesion-level-'));
    tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of tracked) if (existsSync(path.join(ROOT, file))) cpSync(path.join(ROOT, file), path.join(copy, file));
    linkNodeModules(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    for (const workspace of ['gateway', 'widget']) {
      const modules = path.join(ROOT, workspace, 'node_modules');
      if (existsSync(modules)) symlinkSync(modules, path.join(copy, workspace, 'node_modules'));
    }
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('composes a throw-away level and changes at most three files outside its folders', () => {
    const steps = stepsOfDoc();
    expect(steps[0]).toContain('npm run level:new');
    expect(steps).toContain('npm run compose');
    for (const step of steps) {
      if (step.startsWith('npm install')) continue;
      execFileSync('bash', ['-c', step], { cwd: copy, stdio: 'pipe' });
    }

    const supergraph = readFileSync(path.join(copy, 'schema', 'supergraph.graphql'), 'utf8');
    expect(supergraph).toMatch(/THROWAWAY_LEVEL.*name: "throwaway-level"/);
    expect(supergraph).toContain('throwawayLevel: ThrowawayLevelLevel!');
    expect(readdirSync(path.join(copy, 'db', 'migrations', THROWAWAY.schema)).some((file) => file.endsWith('.sql'))).toBe(true);

    const original = new Set(tracked);
    const outside = (file: string) => !OWN_FOLDERS.some((folder) => file === folder || file.startsWith(folder));
    const changed = filesUnder(copy)
      .filter(outside)
      .filter((file) => !original.has(file) || !readFileSync(path.join(copy, file)).equals(readFileSync(path.join(ROOT, file))));
    const deleted = tracked.filter((file) => outside(file) && existsSync(path.join(ROOT, file)) && !existsSync(path.join(copy, file)));
    expect(deleted).toEqual([]);
    expect(changed.sort()).toEqual(['db/src/levels.ts', 'schema/supergraph.graphql']);
    expect(changed.length).toBeLessThanOrEqual(3);
  });
});
