import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LEVELS } from '../levels';

// `npm run level:new -- --name <level> [--schema <schema>] [--port <port>]`: step 1 of docs/adding-a-level.md.
// Copies templates/level into the level's own folders (subgraphs/<level>/, db/src/schema/<level>.ts,
// db/src/seed/<level>/) with the placeholders replaced, and adds the level's entry to the registry (db/src/levels.ts),
// the one file outside its folders a level's author edits.

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEMPLATE = path.join(ROOT, 'templates', 'level');
const REGISTRY = path.join(ROOT, 'db', 'src', 'levels.ts');
const REGISTRY_END = '] as const satisfies readonly Level[];';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { name: { type: 'string' }, schema: { type: 'string' }, port: { type: 'string' } } });
const name = values.name ?? fail('--name is required, e.g. --name german-speaking-community');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`--name ${JSON.stringify(name)}: expected kebab-case, e.g. german-speaking-community`);
const schema = values.schema ?? name.replace(/-/g, '_');
if (!/^[a-z][a-z0-9_]*$/.test(schema)) fail(`--schema ${JSON.stringify(schema)}: expected snake_case, e.g. german_speaking_community`);
const port = values.port === undefined ? Math.max(...LEVELS.map((level) => level.port)) + 1 : Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port ${JSON.stringify(values.port)}: expected a port number`);
for (const level of LEVELS) {
  if (level.name === name) fail(`A level named ${name} is already in db/src/levels.ts`);
  if (level.schema === schema) fail(`The level ${level.name} already owns the Postgres schema ${schema}`);
  if (level.port === port) fail(`The level ${level.name} already uses port ${port}`);
}

const camel = name.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
const placeholders: Array<[string, string]> = [
  ['__level-name__', name],
  ['__level_schema__', schema],
  ['__levelCamel__', camel],
  ['__LevelPascal__', pascal],
  ['__LEVEL_ENV__', name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')],
  ['__LEVEL_PORT__', String(port)],
];
const fill = (text: string) => placeholders.reduce((result, [placeholder, value]) => result.split(placeholder).join(value), text);

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix)).flatMap((entry) => {
    const relative = path.join(prefix, entry);
    return statSync(path.join(folder, relative)).isDirectory() ? filesUnder(folder, relative) : [relative];
  });
}

const targets = filesUnder(TEMPLATE).map((relative) => ({ from: path.join(TEMPLATE, relative), to: path.join(ROOT, fill(relative)) }));
const taken = targets.filter((target) => existsSync(target.to));
if (taken.length) fail(`Refusing to overwrite ${taken.map((target) => path.relative(ROOT, target.to)).join(', ')}`);
for (const target of targets) {
  cpSync(target.from, target.to);
  writeFileSync(`${target.to}.tmp`, fill(readFileSync(target.to, 'utf8')));
  renameSync(`${target.to}.tmp`, target.to);
}

const registry = readFileSync(REGISTRY, 'utf8');
if (!registry.includes(REGISTRY_END)) fail(`db/src/levels.ts no longer ends LEVELS with ${JSON.stringify(REGISTRY_END)}: add the entry by hand`);
const entry = `  { name: '${name}', schema: '${schema}', port: ${port}, module: '${name}' },\n`;
writeFileSync(REGISTRY, registry.replace(REGISTRY_END, `${entry}${REGISTRY_END}`));

console.log(`Level ${name} (schema ${schema}, port ${port}) added:`);
for (const target of targets) console.log(`  ${path.relative(ROOT, target.to)}`);
console.log('  db/src/levels.ts (registry entry)');
console.log('Next: the remaining steps of docs/adding-a-level.md (npm install, codegen, migrations, compose, checks).');
