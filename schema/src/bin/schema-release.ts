import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { apiSchemaOf } from '../api-schema';
import { composeSupergraph } from '../compose-supergraph';
import { checkSchemaChanges } from '../schema-check';
import { RELEASED_API_SCHEMA_PATH, SCHEMA_CHANGELOG_PATH } from '../subgraphs';

// `npm run schema:release -- --version 1.1.0`: after `npm run schema:check` passes, makes the composed API schema the
// released one and adds its changes to schema/CHANGELOG.md under the version and today's date.
async function main() {
  const { values } = parseArgs({ options: { version: { type: 'string' } } });
  if (!values.version || !/^\d+\.\d+\.\d+$/.test(values.version)) {
    console.error('Usage: npm run schema:release -- --version <major.minor.patch>');
    process.exit(2);
  }
  const current = apiSchemaOf(composeSupergraph());
  const report = await checkSchemaChanges(readFileSync(RELEASED_API_SCHEMA_PATH, 'utf8'), current);
  if (!report.passed) {
    console.error('npm run schema:check fails: nothing released.');
    process.exit(1);
  }
  const today = new Date().toISOString().slice(0, 10);
  const entries = [
    ...report.allowedRemovals.map((change) => `- Removed (deprecated, removal date passed): ${change.message}`),
    ...report.dangerous.map((change) => `- Dangerous: ${change.message}`),
    ...report.safe.map((change) => `- ${change.message}`),
  ];
  const changelog = readFileSync(SCHEMA_CHANGELOG_PATH, 'utf8');
  const marker = '<!-- releases: newest first -->';
  const section = `${marker}\n\n## ${values.version} (${today})\n\n${entries.length ? entries.join('\n') : '- No change to the API schema.'}\n`;
  writeFileSync(SCHEMA_CHANGELOG_PATH, changelog.replace(marker, section));
  writeFileSync(RELEASED_API_SCHEMA_PATH, current);
  console.log(`released ${values.version}: ${entries.length} changes written to ${SCHEMA_CHANGELOG_PATH}`);
}

void main();
