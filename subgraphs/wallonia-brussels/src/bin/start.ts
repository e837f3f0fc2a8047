import { startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

// Runs this subgraph alone, configured by environment (PORT, HOST, DATABASE_URL, DATA_DIR, ...); without PORT it
// listens on its level's port in the registry (db/src/levels.ts), the URL the supergraph names.
void startSubgraphProcess({ level: SUBGRAPH_NAME, createSubgraph });
