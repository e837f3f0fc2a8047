import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderManifest } from '../render-operation-ids';
import { buildTrustedDocuments } from '../trusted-documents';

const USAGE = `Usage: npm run --silent trusted-documents -w @cohesion/client -- --documents '<glob>' [--documents '<glob>' ...] [--out manifest.json]

Compiles a client's .graphql operations against the hub's API schema (GraphQL Code Generator's client preset, with
__typename and entity keys added) and writes their trusted-documents manifest (Apollo's persisted query manifest
format: id = SHA-256 of the document). Globs and --out are relative to the folder the command is run from.
Without --out the manifest is printed.`;

async function main() {
  const { values } = parseArgs({ options: { documents: { type: 'string', multiple: true }, out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || !values.documents?.length) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  // npm runs a workspace's script in the workspace's folder; INIT_CWD is where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const manifest = await buildTrustedDocuments({ documents: values.documents, cwd });
  if (values.out) {
    writeFileSync(path.resolve(cwd, values.out), renderManifest(manifest));
    console.error(`wrote ${values.out}: ${manifest.operations.length} operations`);
  } else {
    process.stdout.write(renderManifest(manifest));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
