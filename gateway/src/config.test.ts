import { availableParallelism } from 'node:os';
import { ConfigurationError, DEVELOPMENT_JWKS_PATH } from '@cohesion/kit';
import { parseGatewayConfiguration } from './config';

const SUPERGRAPH = `
schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION) { query: Query }
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
enum join__Graph { TOWNS @join__graph(name: "towns", url: "http://127.0.0.1:4001/graphql") }
type Query { a: String }
`;

const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_JWKS_URL: 'https://idp.example/jwks',
  AUTH_ISSUER: 'https://idp.example/',
  AUTH_TOKEN_URL: 'https://idp.example/token',
  AUTH_CLIENT_ID: 'gateway',
  AUTH_CLIENT_SECRET: 'secret',
};

describe('gateway configuration', () => {
  it('defaults to filter mode, the development key set and sane operation limits', () => {
    const config = parseGatewayConfiguration({ NODE_ENV: 'test' }, SUPERGRAPH);
    expect(config.AUTHORIZATION_MODE).toBe('filter');
    expect(config.authentication.keySet).toEqual({ kind: 'file', path: DEVELOPMENT_JWKS_PATH, development: true });
    expect(config.limits).toEqual({ maxDepth: 12, maxAliases: 30, maxCost: 50_000, maxPageSize: 600, maxDirectives: 50, maxTokens: 5_000 });
    expect(config.clientCredentials).toBeUndefined();
  });

  it('takes reject mode and limits from the environment', () => {
    const config = parseGatewayConfiguration({ NODE_ENV: 'test', AUTHORIZATION_MODE: 'reject', LIMIT_MAX_DEPTH: '8' }, SUPERGRAPH);
    expect(config.AUTHORIZATION_MODE).toBe('reject');
    expect(config.limits.maxDepth).toBe(8);
  });

  it('runs one worker per core by default and refuses a worker count that is not a positive whole number', () => {
    expect(parseGatewayConfiguration({}, SUPERGRAPH).WORKERS).toBe(availableParallelism());
    expect(parseGatewayConfiguration({ WORKERS: '3' }, SUPERGRAPH).WORKERS).toBe(3);
    for (const value of ['0', '-2', '1.5', 'two', '65']) {
      expect(() => parseGatewayConfiguration({ WORKERS: value }, SUPERGRAPH)).toThrow(new RegExp(`WORKERS: expected a whole number of worker processes from 1 to 64 \\(got "${value}"\\)`));
    }
  });

  it('refuses an unknown authorisation mode, naming the variable and the value', () => {
    expect(() => parseGatewayConfiguration({ AUTHORIZATION_MODE: 'off' }, SUPERGRAPH)).toThrow(/AUTHORIZATION_MODE.*"off"/s);
  });

  it('refuses to start in production without the identity provider\'s key set', () => {
    expect(() => parseGatewayConfiguration({ NODE_ENV: 'production' }, SUPERGRAPH)).toThrow(ConfigurationError);
    expect(() => parseGatewayConfiguration({ NODE_ENV: 'production' }, SUPERGRAPH)).toThrow(/AUTH_JWKS_URL/);
    const config = parseGatewayConfiguration({ ...PRODUCTION }, SUPERGRAPH);
    expect(config.authentication).toMatchObject({ environment: 'production', keySet: { kind: 'remote', url: 'https://idp.example/jwks' } });
  });

  it('refuses to start in production without client credentials, which anonymous cross-subgraph answers need', () => {
    const { AUTH_TOKEN_URL: _url, AUTH_CLIENT_ID: _id, AUTH_CLIENT_SECRET: _secret, ...withoutCredentials } = PRODUCTION;
    expect(() => parseGatewayConfiguration(withoutCredentials, SUPERGRAPH)).toThrow(/AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: required when NODE_ENV=production/);
    expect(parseGatewayConfiguration({ ...PRODUCTION }, SUPERGRAPH).clientCredentials).toEqual({
      tokenUrl: 'https://idp.example/token',
      clientId: 'gateway',
      clientSecret: 'secret',
    });
  });

  it('limits 100 requests per caller every 10 s by default, in memory, or through Redis with REDIS_URL; 0 switches it off', () => {
    expect(parseGatewayConfiguration({ NODE_ENV: 'test' }, SUPERGRAPH).rateLimit).toEqual({ requests: 100, windowSeconds: 10 });
    expect(parseGatewayConfiguration({ RATE_LIMIT_REQUESTS: '20', RATE_LIMIT_WINDOW_SECONDS: '60', REDIS_URL: 'redis://127.0.0.1:6379' }, SUPERGRAPH).rateLimit).toEqual({
      requests: 20,
      windowSeconds: 60,
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(parseGatewayConfiguration({ RATE_LIMIT_REQUESTS: '0' }, SUPERGRAPH).rateLimit).toBeUndefined();
    expect(() => parseGatewayConfiguration({ REDIS_URL: 'http://127.0.0.1:6379' }, SUPERGRAPH)).toThrow(/REDIS_URL.*redis:\/\//s);
  });

  it('takes subgraph timeouts, per subgraph too, and circuit breaker settings from the environment', () => {
    const config = parseGatewayConfiguration(
      { SUBGRAPH_TIMEOUT_MS: '3000', SUBGRAPH_TOWNS_TIMEOUT_MS: '500', CIRCUIT_BREAKER_FAILURES: '3', CIRCUIT_BREAKER_HALF_OPEN_AFTER_MS: '2000' },
      SUPERGRAPH,
    );
    expect(config.resilience).toEqual({ timeoutMs: 3000, timeoutsMs: { towns: 500 }, failureThreshold: 3, halfOpenAfterMs: 2000 });
    expect(parseGatewayConfiguration({}, SUPERGRAPH).resilience).toEqual({ timeoutMs: 10_000, timeoutsMs: {}, failureThreshold: 5, halfOpenAfterMs: 10_000 });
  });

  it('closes the operations surface in production unless METRICS_TOKEN is set, and refuses a short token', () => {
    expect(parseGatewayConfiguration({ ...PRODUCTION }, SUPERGRAPH).operations).toEqual({ production: true });
    expect(parseGatewayConfiguration({ ...PRODUCTION, METRICS_TOKEN: 'a-long-enough-metrics-token' }, SUPERGRAPH).operations).toEqual({
      production: true,
      token: 'a-long-enough-metrics-token',
    });
    expect(() => parseGatewayConfiguration({ METRICS_TOKEN: 'short' }, SUPERGRAPH)).toThrow(/METRICS_TOKEN: expected at least 16 characters/);
  });

  it('needs all three client-credentials variables or none', () => {
    expect(() => parseGatewayConfiguration({ AUTH_TOKEN_URL: 'https://idp.example/token' }, SUPERGRAPH)).toThrow(/AUTH_CLIENT_ID and AUTH_CLIENT_SECRET/);
  });
});
