export * from './user-errors';
export * from './validation';
export * from './mutation-runner';
export * from './personal-data-reads';
export * from './record-upkeep';
