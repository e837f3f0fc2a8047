import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, DEVELOPMENT_JWKS_PATH, readKeySetFile, signDevelopmentToken } from '@cohesion/kit';
import { generateKeyPair, SignJWT } from 'jose';

const now = () => Math.floor(Date.now() / 1000);

/** Every kind of token the hub must refuse, with the reason it must give. */
export async function badTokens(): Promise<Array<{ name: string; authorization: string; reason: string }>> {
  const developmentKid = readKeySetFile(DEVELOPMENT_JWKS_PATH).keys[0]!.kid!;
  const stranger = await generateKeyPair('ES256');
  const claims = () => new SignJWT({ scope: 'national:read', jurisdictions: ['BE'] }).setSubject('mallory').setIssuer(DEVELOPMENT_ISSUER).setAudience(DEFAULT_AUDIENCE);
  const unsigned = [{ alg: 'none', typ: 'JWT' }, { sub: 'mallory', scope: 'national:read', iss: DEVELOPMENT_ISSUER, aud: DEFAULT_AUDIENCE, exp: now() + 600 }]
    .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
    .join('.');
  return [
    { name: 'not a bearer token', authorization: 'Basic bWFsbG9yeTpzZWNyZXQ=', reason: 'MALFORMED' },
    { name: 'a malformed JWT', authorization: 'Bearer eyJhbGciOi.not-a-token', reason: 'MALFORMED' },
    { name: 'alg none', authorization: `Bearer ${unsigned}.`, reason: 'UNSUPPORTED_ALGORITHM' },
    {
      name: 'HS256',
      authorization: `Bearer ${await claims().setProtectedHeader({ alg: 'HS256', kid: developmentKid }).setExpirationTime('10m').sign(new TextEncoder().encode('x'.repeat(32)))}`,
      reason: 'UNSUPPORTED_ALGORITHM',
    },
    {
      name: 'a wrong signature',
      authorization: `Bearer ${await claims().setProtectedHeader({ alg: 'ES256', kid: developmentKid }).setExpirationTime('10m').sign(stranger.privateKey)}`,
      reason: 'INVALID_SIGNATURE',
    },
    {
      name: 'an unknown key',
      authorization: `Bearer ${await claims().setProtectedHeader({ alg: 'ES256', kid: 'stranger' }).setExpirationTime('10m').sign(stranger.privateKey)}`,
      reason: 'UNKNOWN_KEY',
    },
    { name: 'a wrong issuer', authorization: `Bearer ${await signDevelopmentToken({ subject: 'x', issuer: 'https://idp.example/' })}`, reason: 'WRONG_ISSUER' },
    { name: 'a wrong audience', authorization: `Bearer ${await signDevelopmentToken({ subject: 'x', audience: 'another-api' })}`, reason: 'WRONG_AUDIENCE' },
    { name: 'an expired token', authorization: `Bearer ${await signDevelopmentToken({ subject: 'x', expiresIn: now() - 600 })}`, reason: 'EXPIRED' },
    { name: 'a token not valid yet', authorization: `Bearer ${await signDevelopmentToken({ subject: 'x', notBefore: '1h', expiresIn: '2h' })}`, reason: 'NOT_YET_VALID' },
  ];
}

