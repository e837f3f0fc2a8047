export { startHub } from './start-hub';
export type { RunningHub, StartHubOptions } from './start-hub';
export { parseHubConfiguration } from './config';
