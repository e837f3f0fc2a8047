import { startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

// Runs this subgraph alone, configured by environment (PORT, HOST, DATABASE_URL, DATA_DIR, ...); it
// listens on 4003 unless PORT says otherwise, the URL schema/src/subgraphs.ts gives it.
void startSubgraphProcess({
  name: SUBGRAPH_NAME,
  schemas: ['flanders'],
  createSubgraph,
  env: { PORT: '4003', ...process.env },
});
