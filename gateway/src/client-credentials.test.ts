import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { signDevelopmentToken } from '@cohesion/kit';
import { startAuthorizationTestGraph, startTestGateway, type AuthorizationTestGraph } from './authorization/testing/authorization-test-graph';
import { createClientCredentialsToken } from './client-credentials';

describe('the gateway\'s own token for anonymous callers (client credentials)', () => {
  let graph: AuthorizationTestGraph;
  let tokenEndpoint: Server;
  let tokenUrl: string;
  const grants: Array<{ authorization: string | undefined; body: string }> = [];
  beforeAll(async () => {
    graph = await startAuthorizationTestGraph({ production: true });
    tokenEndpoint = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        grants.push({ authorization: req.headers.authorization, body });
        if (req.headers.authorization !== `Basic ${Buffer.from('hub-gateway:s3cret').toString('base64')}`) {
          res.statusCode = 401;
          res.end('{"error":"invalid_client"}');
          return;
        }
        void signDevelopmentToken({ subject: 'hub-gateway', expiresIn: '10m' }).then((token) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 600 }));
        });
      });
    });
    tokenEndpoint.listen(0, '127.0.0.1');
    await once(tokenEndpoint, 'listening');
    tokenUrl = `http://127.0.0.1:${(tokenEndpoint.address() as AddressInfo).port}/token`;
  });
  afterAll(async () => {
    await graph.close();
    await new Promise<void>((resolve) => tokenEndpoint.close(() => resolve()));
  });

  it('without it, production subgraphs refuse the _entities fetch of an anonymous operation', async () => {
    const gateway = await startTestGateway(graph);
    try {
      const { body } = await gateway.query(`{ town(id: "2") { name population } }`);
      expect(body.data).toEqual({ town: { name: 'Betatown', population: null } });
      expect(body.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
    } finally {
      await gateway.close();
    }
  });

  it('with it, answers the anonymous operation, fetching the token once and sending it only for anonymous callers', async () => {
    grants.length = 0;
    graph.requests.length = 0;
    const gateway = await startTestGateway(graph, { serviceToken: createClientCredentialsToken({ tokenUrl, clientId: 'hub-gateway', clientSecret: 's3cret' }) });
    try {
      for (const id of ['1', '2']) {
        const { body } = await gateway.query(`{ town(id: "${id}") { population budget } }`);
        expect(body.data).toEqual({ town: { population: Number(id) * 1000, budget: null } });
      }
      expect(grants).toHaveLength(1);
      expect(grants[0]?.body).toBe('grant_type=client_credentials');
      expect(graph.requests.every((request) => request.authorization?.startsWith('Bearer '))).toBe(true);
      const caller = await signDevelopmentToken({ subject: 'someone', scopes: ['regional:read'] });
      graph.requests.length = 0;
      const { body } = await gateway.query(`{ town(id: "1") { budget } }`, { token: caller });
      expect(body).toEqual({ data: { town: { budget: 1_000_000 } } });
      expect(graph.requests.map((request) => request.authorization)).toEqual(graph.requests.map(() => `Bearer ${caller}`));
    } finally {
      await gateway.close();
    }
  });

  it('reports a refused client instead of sending no token', async () => {
    const token = createClientCredentialsToken({ tokenUrl, clientId: 'hub-gateway', clientSecret: 'wrong' });
    await expect(token()).rejects.toThrow(/HTTP 401/);
  });
});
