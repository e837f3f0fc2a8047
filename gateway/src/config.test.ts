import { ConfigurationError, DEVELOPMENT_JWKS_PATH } from '@cohesion/kit';
import { parseGatewayConfiguration } from './config';

const SUPERGRAPH = `
schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION) { query: Query }
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
enum join__Graph { TOWNS @join__graph(name: "towns", url: "http://127.0.0.1:4001/graphql") }
type Query { a: String }
`;

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

  it('refuses an unknown authorisation mode, naming the variable and the value', () => {
    expect(() => parseGatewayConfiguration({ AUTHORIZATION_MODE: 'off' }, SUPERGRAPH)).toThrow(/AUTHORIZATION_MODE.*"off"/s);
  });

  it('refuses to start in production without the identity provider\'s key set', () => {
    expect(() => parseGatewayConfiguration({ NODE_ENV: 'production' }, SUPERGRAPH)).toThrow(ConfigurationError);
    expect(() => parseGatewayConfiguration({ NODE_ENV: 'production' }, SUPERGRAPH)).toThrow(/AUTH_JWKS_URL/);
    const config = parseGatewayConfiguration({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example/' }, SUPERGRAPH);
    expect(config.authentication).toMatchObject({ environment: 'production', keySet: { kind: 'remote', url: 'https://idp.example/jwks' } });
  });

  it('needs all three client-credentials variables or none', () => {
    expect(() => parseGatewayConfiguration({ AUTH_TOKEN_URL: 'https://idp.example/token' }, SUPERGRAPH)).toThrow(/AUTH_CLIENT_ID and AUTH_CLIENT_SECRET/);
  });
});
