// First: tracing, when the OTEL_* variables switch it on, must start before what it instruments is loaded.
import '@cohesion/kit/telemetry/register';
import { parseSubgraphConfiguration, startSubgraphProcess } from '@cohesion/kit/subgraph-process';
import { createSubgraph, SUBGRAPH_NAME } from '../subgraph';

// Runs this subgraph alone. Its environment (PORT, HOST, NODE_ENV, DATABASE_URL, DATA_DIR, AUTH_*, ...) is read here
// and nowhere else; without PORT it listens on its level's port in the registry (db/src/levels.ts).
void startSubgraphProcess({ level: SUBGRAPH_NAME, createSubgraph, config: parseSubgraphConfiguration(SUBGRAPH_NAME, process.env) });
