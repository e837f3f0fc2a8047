// First: tracing, when the OTEL_* variables switch it on, must start before what it instruments is loaded.
import '@cohesion/kit/telemetry/register';
import cluster from 'node:cluster';
import { loadSupergraph } from '@cohesion/schema';
import { createLogger } from '@cohesion/kit';
import { runClusterPrimary } from '../cluster';
import { parseGatewayConfiguration } from '../config';
import { serveGateway } from '../serve-gateway';

// Runs the gateway alone, in front of subgraphs that run as their own processes: WORKERS processes (node:cluster,
// one per core by default) sharing the ports, or this process alone with WORKERS=1.
async function main() {
  const supergraphSdl = loadSupergraph(process.env.SUPERGRAPH_PATH);
  // The primary parses too: a bad environment stops the start once, before any worker is forked.
  const config = parseGatewayConfiguration(process.env, supergraphSdl);
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const clustered = config.WORKERS > 1;
  if (clustered && cluster.isPrimary) {
    runClusterPrimary({ workers: config.WORKERS, logger });
    return;
  }
  await serveGateway({ config, supergraphSdl, logger, clustered });
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
