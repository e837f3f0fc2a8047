import { availableParallelism } from 'node:os';
import { loadSupergraph } from '@cohesion/schema';
import { parseHubConfiguration } from './config';

const SUPERGRAPH = loadSupergraph();
const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_JWKS_URL: 'https://idp.example/jwks',
  AUTH_ISSUER: 'https://idp.example/',
  AUTH_TOKEN_URL: 'https://idp.example/token',
  AUTH_CLIENT_ID: 'gateway',
  AUTH_CLIENT_SECRET: 'secret',
};

describe('hub configuration', () => {
  it('runs one process outside production and one gateway worker per core in production, unless WORKERS says otherwise', () => {
    expect(parseHubConfiguration({}, SUPERGRAPH).WORKERS).toBe(1);
    expect(parseHubConfiguration({ NODE_ENV: 'test' }, SUPERGRAPH).WORKERS).toBe(1);
    expect(parseHubConfiguration(PRODUCTION, SUPERGRAPH).WORKERS).toBe(availableParallelism());
    expect(parseHubConfiguration({ WORKERS: '2' }, SUPERGRAPH).WORKERS).toBe(2);
    expect(parseHubConfiguration({ ...PRODUCTION, WORKERS: '1' }, SUPERGRAPH).WORKERS).toBe(1);
  });

  it('refuses a worker count that is not a whole number from 1 to 64, naming the value', () => {
    for (const value of ['0', '65', 'many']) {
      expect(() => parseHubConfiguration({ WORKERS: value }, SUPERGRAPH)).toThrow(new RegExp(`WORKERS: expected a whole number of worker processes from 1 to 64 \\(got "${value}"\\)`));
    }
  });
});
