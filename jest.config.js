/** One jest run over every workspace; each test file gets its own database (see db/src/testing). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/kit', '<rootDir>/db', '<rootDir>/schema', '<rootDir>/subgraphs', '<rootDir>/client', '<rootDir>/gateway', '<rootDir>/hub', '<rootDir>/test', '<rootDir>/widget'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.base.json' }],
  },
  testTimeout: 60000,
  maxWorkers: 2,
};
