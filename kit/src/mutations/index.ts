export * from './user-errors';
export * from './validation';
export * from './mutation-runner';
export * from './personal-data-reads';
export * from './record-upkeep';
export * from './record-kind-checks';
export * from './recurring-record-mutations';
export * from './audit-trail';
