export { createGateway } from './gateway';
export type { CreateGatewayOptions, GatewayContext } from './gateway';
export { parseGatewayConfiguration } from './config';
export { listSupergraphSubgraphs } from './supergraph-subgraphs';
export { createClientCredentialsToken } from './client-credentials';
