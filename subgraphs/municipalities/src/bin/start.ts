import { startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

// Runs this subgraph alone, configured by environment (PORT, HOST, DATABASE_URL, DATA_DIR, ...).
void startSubgraphProcess({ name: SUBGRAPH_NAME, schemas: ['municipalities'], createSubgraph });
