export * from './env';
export * from './errors';
export * from './logger';
export * from './graphql-service';
export * from './listen';
export * from './language';
export * from './loaders';
export * from './cursor';
