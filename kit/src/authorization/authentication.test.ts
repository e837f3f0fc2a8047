import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../env';
import { parseAuthenticationConfiguration } from './authentication';
import { DEVELOPMENT_ISSUER, DEVELOPMENT_JWKS_PATH, readKeySetFile } from './development-keys';

describe('authentication configuration', () => {
  it('trusts the development key set by default in development and test', () => {
    for (const NODE_ENV of ['development', 'test', undefined]) {
      expect(parseAuthenticationConfiguration({ NODE_ENV })).toMatchObject({
        keySet: { kind: 'file', path: DEVELOPMENT_JWKS_PATH, development: true },
        issuer: DEVELOPMENT_ISSUER,
        audience: 'cohesion-hub',
      });
    }
  });

  it('refuses to start in production without a key set, naming the variable', () => {
    expect(() => parseAuthenticationConfiguration({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => parseAuthenticationConfiguration({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL: required when NODE_ENV=production/);
  });

  it('needs the issuer with a configured key set', () => {
    expect(() => parseAuthenticationConfiguration({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/AUTH_ISSUER/);
  });

  it('takes a remote key set, issuer and audience in production', () => {
    expect(
      parseAuthenticationConfiguration({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example/', AUTH_AUDIENCE: 'hub-api' }),
    ).toEqual({ environment: 'production', keySet: { kind: 'remote', url: 'https://idp.example/jwks' }, issuer: 'https://idp.example/', audience: 'hub-api', maxLifetimeSeconds: 86_400, maxIssuedAtAheadSeconds: 60 });
  });

  it('refuses the publicly known development key in production, even under another file name', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jwks-')), 'keys.json');
    writeFileSync(file, JSON.stringify({ keys: readKeySetFile(DEVELOPMENT_JWKS_PATH).keys.map((key) => ({ ...key, kid: 'renamed' })) }));
    expect(() => parseAuthenticationConfiguration({ NODE_ENV: 'production', AUTH_JWKS_PATH: file, AUTH_ISSUER: 'x' })).toThrow(/development key/);
  });

  it('refuses a key set URL that is not http(s)', () => {
    expect(() => parseAuthenticationConfiguration({ NODE_ENV: 'production', AUTH_JWKS_URL: 'file:///etc/passwd', AUTH_ISSUER: 'x' })).toThrow(/AUTH_JWKS_URL/);
  });
});
