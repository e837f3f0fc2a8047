// Jest config for running one workspace's tests alone (turbo's `test` task).
const base = require('./jest.config.js');
module.exports = { ...base, roots: ['<rootDir>'], transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: __dirname + '/tsconfig.base.json' }] } };
