import { writeFileSync } from 'node:fs';
import { composeSupergraph, CompositionFailedError } from '../compose-supergraph';
import { SUPERGRAPH_PATH } from '../subgraphs';

// `npm run compose`: writes schema/supergraph.graphql, the committed contract the gateway loads.
try {
  writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
  console.log(`wrote ${SUPERGRAPH_PATH}`);
} catch (error) {
  console.error(error instanceof CompositionFailedError ? error.message : error);
  process.exit(1);
}
