import { startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

/** The port this subgraph answers on when started alone (schema/src/subgraphs.ts lists it). */
const DEFAULT_PORT = '4002';

// Runs this subgraph alone, configured by environment (PORT, HOST, DATABASE_URL, DATA_DIR, ...).
void startSubgraphProcess({
  name: SUBGRAPH_NAME,
  schemas: ['federal'],
  createSubgraph,
  env: { PORT: DEFAULT_PORT, ...process.env },
});
