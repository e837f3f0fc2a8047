export { startHub, startSubgraphs } from './start-hub';
export type { RunningHub, RunningSubgraphs, StartHubOptions, StartSubgraphsOptions } from './start-hub';
export { parseHubConfiguration } from './config';
