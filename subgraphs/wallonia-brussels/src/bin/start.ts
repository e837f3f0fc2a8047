import { startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

// Runs this subgraph alone, configured by environment (PORT, HOST, DATABASE_URL, DATA_DIR, ...).
// Alone it answers on port 4004 unless PORT says otherwise (schema/src/subgraphs.ts lists that URL).
void startSubgraphProcess({ name: SUBGRAPH_NAME, schemas: ['wallonia_brussels'], createSubgraph, env: { PORT: '4004', ...process.env } });
