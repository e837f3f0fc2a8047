import { readFileSync } from 'node:fs';
import { apiSchemaOf } from '../api-schema';
import { composeSupergraph, CompositionFailedError } from '../compose-supergraph';
import { checkSchemaChanges, formatSchemaCheckReport } from '../schema-check';
import { RELEASED_API_SCHEMA_PATH } from '../subgraphs';

// `npm run schema:check` (and CI, in `npm test`): composes every subgraph's SDL and compares the API schema with the
// released one (schema/released/api.graphql). Fails on a breaking change the deprecation policy does not allow.
async function main() {
  const current = apiSchemaOf(composeSupergraph());
  const report = await checkSchemaChanges(readFileSync(RELEASED_API_SCHEMA_PATH, 'utf8'), current);
  const text = formatSchemaCheckReport(report);
  if (report.passed) console.log(text);
  else console.error(text);
  process.exit(report.passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof CompositionFailedError ? error.message : error);
  process.exit(1);
});
