import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createAuthentication, parseAuthenticationConfiguration } from './authentication';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, DEVELOPMENT_JWKS_PATH, readKeySetFile, signDevelopmentToken } from './development-keys';
import { InvalidTokenError, KeySetUnavailableError } from './invalid-token-error';
import { createTokenVerifier } from './token-verifier';

const developmentVerifier = () =>
  createTokenVerifier({ keySet: createLocalJWKSet(readKeySetFile(DEVELOPMENT_JWKS_PATH)), issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
const developmentKid = () => readKeySetFile(DEVELOPMENT_JWKS_PATH).keys[0]!.kid!;
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

async function reasonFor(token: string, verifier = developmentVerifier()): Promise<string> {
  try {
    await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) return error.reason;
    throw error;
  }
  return 'ACCEPTED';
}

describe('bearer token verification', () => {
  it('accepts a development token and reads sub, scope, jurisdictions and org', async () => {
    const token = await signDevelopmentToken({ subject: 'ann', scopes: ['contacts:read', 'cells:read'], jurisdictions: ['nis:41002', 'zone:5411'], organisation: 'Stad Aalst' });
    const identity = await developmentVerifier().verify(token);
    expect({ ...identity, scopes: [...identity.scopes] }).toEqual({
      subject: 'ann',
      scopes: ['contacts:read', 'cells:read'],
      jurisdictions: ['nis:41002', 'zone:5411'],
      organisation: 'Stad Aalst',
    });
  });

  it('accepts jurisdictions as a space-separated string too', async () => {
    const { privateKey, jwk } = await otherKey('ES256', developmentKid());
    const verifier = createTokenVerifier({ keySet: createLocalJWKSet({ keys: [jwk] }), issuer: 'i', audience: 'a' });
    const token = await new SignJWT({ jurisdictions: 'BE-VLG prov:40000' }).setProtectedHeader({ alg: 'ES256', kid: jwk.kid }).setSubject('s').setIssuer('i').setAudience('a').setExpirationTime('5m').sign(privateKey);
    expect((await verifier.verify(token)).jurisdictions).toEqual(['BE-VLG', 'prov:40000']);
  });

  it('refuses a token that is not a JWT', async () => {
    expect(await reasonFor('not-a-jwt')).toBe('MALFORMED');
    expect(await reasonFor('a.b.c')).toBe('MALFORMED');
  });

  it('refuses alg "none"', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'x', iss: DEVELOPMENT_ISSUER, aud: DEFAULT_AUDIENCE, exp: now() + 600 })}.`;
    expect(await reasonFor(unsigned)).toBe('UNSUPPORTED_ALGORITHM');
  });

  it('refuses HS256 even when signed with the public key material as the secret', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(readKeySetFile(DEVELOPMENT_JWKS_PATH).keys[0]));
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: developmentKid() }).setSubject('x').setIssuer(DEVELOPMENT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime('5m').sign(secret);
    expect(await reasonFor(token)).toBe('UNSUPPORTED_ALGORITHM');
  });

  it('refuses a wrong signature (another key under the development key id)', async () => {
    const { privateKey } = await otherKey('ES256', developmentKid());
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: developmentKid() }).setSubject('x').setIssuer(DEVELOPMENT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime('5m').sign(privateKey);
    expect(await reasonFor(token)).toBe('INVALID_SIGNATURE');
  });

  it('refuses a token whose signature was altered', async () => {
    const token = await signDevelopmentToken({ subject: 'x' });
    const [header, payload] = token.split('.');
    const forged = `${header}.${base64url({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), scope: 'national:read' })}.${token.split('.')[2]}`;
    expect(await reasonFor(forged)).toBe('INVALID_SIGNATURE');
  });

  it('refuses a key id the key set does not have', async () => {
    const { privateKey } = await otherKey('ES256', 'someone-else');
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'someone-else' }).setSubject('x').setIssuer(DEVELOPMENT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime('5m').sign(privateKey);
    expect(await reasonFor(token)).toBe('UNKNOWN_KEY');
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', issuer: 'https://evil.example' }))).toBe('WRONG_ISSUER');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', audience: 'another-api' }))).toBe('WRONG_AUDIENCE');
  });

  it('refuses an expired token and one that is not valid yet, beyond the clock tolerance', async () => {
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', expiresIn: now() - 120 }))).toBe('EXPIRED');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', notBefore: '10m' }))).toBe('NOT_YET_VALID');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', expiresIn: now() - 5 }))).toBe('ACCEPTED');
  });

  it('refuses a token valid for longer than a day, and one issued in the future, naming the reason', async () => {
    const year = 365 * 24 * 60 * 60;
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', expiresIn: '100y' }))).toBe('LIFETIME_TOO_LONG');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', expiresIn: '25h' }))).toBe('LIFETIME_TOO_LONG');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', expiresIn: '23h' }))).toBe('ACCEPTED');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', issuedAt: now() + year, expiresIn: now() + year + 600 }))).toBe('ISSUED_IN_FUTURE');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', issuedAt: now() + 120 }))).toBe('ISSUED_IN_FUTURE');
    expect(await reasonFor(await signDevelopmentToken({ subject: 'x', issuedAt: now() + 20 }))).toBe('ACCEPTED');
  });

  it('bounds the lifetime of a token without iat by its expiry from now', async () => {
    const { privateKey, jwk } = await otherKey('ES256', 'k');
    const verifier = createTokenVerifier({ keySet: createLocalJWKSet({ keys: [jwk] }), issuer: 'i', audience: 'a' });
    const sign = (expiresIn: string) => new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'k' }).setSubject('x').setIssuer('i').setAudience('a').setExpirationTime(expiresIn).sign(privateKey);
    expect(await reasonFor(await sign('2d'), verifier)).toBe('LIFETIME_TOO_LONG');
    expect(await reasonFor(await sign('1h'), verifier)).toBe('ACCEPTED');
  });

  it('takes the lifetime and iat bounds from AUTH_MAX_TOKEN_LIFETIME_SECONDS and AUTH_MAX_IAT_AHEAD_SECONDS', async () => {
    const authentication = createAuthentication(
      parseAuthenticationConfiguration({ NODE_ENV: 'test', AUTH_MAX_TOKEN_LIFETIME_SECONDS: '900', AUTH_MAX_IAT_AHEAD_SECONDS: '0' }),
    );
    const bearer = async (claims: Parameters<typeof signDevelopmentToken>[0]) => `Bearer ${await signDevelopmentToken(claims)}`;
    await expect(authentication.authenticate(await bearer({ subject: 'x', expiresIn: '1h' }))).rejects.toMatchObject({
      reason: 'LIFETIME_TOO_LONG',
      message: expect.stringMatching(/at most 900 s/),
    });
    await expect(authentication.authenticate(await bearer({ subject: 'x', issuedAt: now() + 5 }))).rejects.toMatchObject({ reason: 'ISSUED_IN_FUTURE' });
    expect((await authentication.authenticate(await bearer({ subject: 'x', expiresIn: '10m' })))?.subject).toBe('x');
  });

  it('refuses a token without subject or expiry, or with a malformed scope', async () => {
    const { privateKey, jwk } = await otherKey('ES256', 'k');
    const verifier = createTokenVerifier({ keySet: createLocalJWKSet({ keys: [jwk] }), issuer: 'i', audience: 'a' });
    const base = () => new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'k' }).setIssuer('i').setAudience('a');
    expect(await reasonFor(await base().setExpirationTime('5m').sign(privateKey), verifier)).toBe('INVALID_CLAIMS');
    expect(await reasonFor(await base().setSubject('x').sign(privateKey), verifier)).toBe('INVALID_CLAIMS');
    const badScope = await new SignJWT({ scope: 42 }).setProtectedHeader({ alg: 'ES256', kid: 'k' }).setIssuer('i').setAudience('a').setSubject('x').setExpirationTime('5m').sign(privateKey);
    expect(await reasonFor(badScope, verifier)).toBe('INVALID_CLAIMS');
  });

  it('accepts RS256 and EdDSA keys', async () => {
    for (const alg of ['RS256', 'EdDSA'] as const) {
      const { privateKey, jwk } = await otherKey(alg, `k-${alg}`);
      const verifier = createTokenVerifier({ keySet: createLocalJWKSet({ keys: [jwk] }), issuer: 'i', audience: 'a' });
      const token = await new SignJWT({}).setProtectedHeader({ alg, kid: jwk.kid }).setSubject('x').setIssuer('i').setAudience('a').setExpirationTime('5m').sign(privateKey);
      expect(await reasonFor(token, verifier)).toBe('ACCEPTED');
    }
  });
});

describe('Authorization header', () => {
  const authentication = createAuthentication({ environment: 'test', verifier: developmentVerifier() });
  it('is anonymous without a header', async () => {
    expect(await authentication.authenticate(undefined)).toBeNull();
  });
  it('must be a Bearer token', async () => {
    await expect(authentication.authenticate('Basic dXNlcjpwYXNz')).rejects.toMatchObject({ reason: 'MALFORMED' });
    await expect(authentication.authenticate('Bearer')).rejects.toMatchObject({ reason: 'MALFORMED' });
  });
  it('accepts the scheme in any case', async () => {
    const token = await signDevelopmentToken({ subject: 'x' });
    expect((await authentication.authenticate(`bearer ${token}`))?.subject).toBe('x');
  });
});

describe('remote key set (production)', () => {
  let server: Server;
  let url: string;
  let keys: JWK[] = [];
  let fetches = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('caches the key set and refetches it when a token names an unknown key id (key rotation)', async () => {
    const first = await otherKey('ES256', 'key-1');
    keys = [first.jwk];
    const verifier = createTokenVerifier({ keySet: createRemoteJWKSet(new URL(url), { cooldownDuration: 0 }), issuer: 'i', audience: 'a' });
    const sign = (key: KeyLike, kid: string) => new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid }).setSubject('x').setIssuer('i').setAudience('a').setExpirationTime('5m').sign(key);
    await verifier.verify(await sign(first.privateKey, 'key-1'));
    await verifier.verify(await sign(first.privateKey, 'key-1'));
    expect(fetches).toBe(1);
    const second = await otherKey('ES256', 'key-2');
    keys = [first.jwk, second.jwk];
    expect((await verifier.verify(await sign(second.privateKey, 'key-2'))).subject).toBe('x');
    expect(fetches).toBe(2);
  });

  it('reports an unreachable key set as unavailable, not as a bad token', async () => {
    const verifier = createTokenVerifier({ keySet: createRemoteJWKSet(new URL('http://127.0.0.1:1/jwks.json')), issuer: 'i', audience: 'a' });
    const { privateKey } = await otherKey('ES256', 'k');
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'k' }).setSubject('x').setIssuer('i').setAudience('a').setExpirationTime('5m').sign(privateKey);
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(KeySetUnavailableError);
  });
});

async function otherKey(alg: 'ES256' | 'RS256' | 'EdDSA', kid: string): Promise<{ privateKey: KeyLike; jwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { crv: alg === 'EdDSA' ? 'Ed25519' : undefined });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg } };
}
