import { startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

// Runs this subgraph alone, configured by environment (PORT, HOST, DATABASE_URL, DATA_DIR, ...). Alone it
// answers on port 4005 unless PORT says otherwise: the URL schema/src/subgraphs.ts composes it with.
void startSubgraphProcess({ name: SUBGRAPH_NAME, schemas: ['eu_partners'], createSubgraph, env: { PORT: '4005', ...process.env } });
