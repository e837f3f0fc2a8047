import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export type TestIdentityProvider = {
  issuer: string;
  /** A JWKS file with the provider's public key (not the development key: production services accept it). */
  jwksPath: string;
  /** The client-credentials token endpoint; it accepts `clientId`/`clientSecret`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  sign(claims: { subject: string; scopes?: string[]; jurisdictions?: string[] }): Promise<string>;
  close(): Promise<void>;
};

/**
 * An identity provider for services run in production mode: a fresh ES256 key pair (its public key set written to
 * `directory`), tokens signed with it, and an OAuth 2.0 client-credentials endpoint for the gateway's own token.
 */
export async function startTestIdentityProvider(directory: string): Promise<TestIdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `test-idp-${Date.now()}`;
  const jwksPath = path.join(directory, 'jwks.json');
  writeFileSync(jwksPath, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] }));
  const issuer = 'https://idp.test.invalid/';
  const clientId = 'replica-gateway';
  const clientSecret = `secret-${Math.random().toString(16).slice(2)}`;
  const sign = (claims: { subject: string; scopes?: string[]; jurisdictions?: string[] }) =>
    new SignJWT({ ...(claims.scopes?.length ? { scope: claims.scopes.join(' ') } : {}), ...(claims.jurisdictions?.length ? { jurisdictions: claims.jurisdictions } : {}) })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setSubject(claims.subject)
      .setIssuer(issuer)
      .setAudience('cohesion-hub')
      .setIssuedAt()
      .setExpirationTime('30m')
      .sign(privateKey);
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.headers.authorization !== `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`) {
        response.statusCode = 401;
        response.end('{"error":"invalid_client"}');
        return;
      }
      void sign({ subject: clientId }).then((token) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 1800 }));
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    issuer,
    jwksPath,
    tokenUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`,
    clientId,
    clientSecret,
    sign,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
