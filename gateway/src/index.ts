export { createGateway } from './gateway';
export type { CreateGatewayOptions, Gateway, GatewayContext } from './gateway';
export type { RateLimitOptions } from './rate-limit';
export { DEFAULT_SUBGRAPH_RESILIENCE } from './subgraph-resilience';
export type { SubgraphResilienceOptions } from './subgraph-resilience';
export { parseGatewayConfiguration } from './config';
export { listSupergraphSubgraphs } from './supergraph-subgraphs';
export { createClientCredentialsToken } from './client-credentials';
