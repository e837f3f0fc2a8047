import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { OPERATION_IDS } from '@cohesion/client';
import { subgraphUrlVariable } from '@cohesion/db/levels';
import { createGateway, trustedDocumentsFromEnvironment, type Gateway } from '@cohesion/gateway';
import { createDevelopmentAuthentication, createLogger, listen, signDevelopmentToken, type ListeningServer } from '@cohesion/kit';
import { loadSupergraph } from '@cohesion/schema';
import { Redis } from 'ioredis';
import { startTestHub, type TestHub } from '../support/start-test-hub';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const REPOSITORY_ROOT = path.resolve(__dirname, '../..');

/** Whether a Redis answers PING at REDIS_URL (asked synchronously, so the shared-Redis test can be skipped up front). */
function redisAnswers(): boolean {
  const { hostname, port } = new URL(REDIS_URL);
  const script = `const s=require('net').connect(${Number(port || 6379)},${JSON.stringify(hostname)});s.setTimeout(1000,()=>process.exit(1));s.on('error',()=>process.exit(1));s.on('data',(d)=>process.exit(String(d).startsWith('+PONG')?0:1));s.write('PING\\r\\n');`;
  try {
    execFileSync(process.execPath, ['-e', script], { timeout: 3_000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const REDIS = redisAnswers();
if (!REDIS) console.warn(`trusted documents: no Redis answers at ${REDIS_URL}; the test of two gateways sharing Redis is skipped`);

type Answer = { status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } };

async function post(url: string, body: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const UNREGISTERED = '{ provinces { nis } }';

describe('trusted documents', () => {
  let hub: TestHub;
  const redisKey = `issue11-contract:test:${randomUUID()}`;
  let service: string;
  let developer: string;

  beforeAll(async () => {
    // The gateway as NODE_ENV=production configures it when no TRUSTED_DOCUMENTS_* is set, with the committed manifests.
    const trustedDocuments = trustedDocumentsFromEnvironment({ NODE_ENV: 'production', ...(REDIS ? { REDIS_URL } : {}), TRUSTED_DOCUMENTS_REDIS_KEY: redisKey });
    expect(trustedDocuments.modes).toEqual({ anonymous: 'enforce', service: 'enforce', developer: 'enforce' });
    hub = await startTestHub({ gateway: { trustedDocuments } });
    service = await signDevelopmentToken({ subject: 'ministry-front-end', scopes: ['contacts:read'], jurisdictions: ['nis:41002'] });
    developer = await signDevelopmentToken({ subject: 'ministry-developer', scopes: ['developer'] });
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    if (REDIS) {
      const redis = new Redis(REDIS_URL);
      await redis.del(redisKey);
      await redis.quit();
    }
  });

  describe('in production', () => {
    it('refuses an unregistered operation from an anonymous client with PERSISTED_QUERY_NOT_FOUND', async () => {
      const answer = await post(hub.url, { query: UNREGISTERED });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(answer.body.data).toBeUndefined();
    });

    it('refuses it from a service client and from a developer too', async () => {
      for (const token of [service, developer]) expect(codeOf(await post(hub.url, { query: UNREGISTERED }, token))).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('answers an unknown id, and an automatic persisted query\'s registration, with PERSISTED_QUERY_NOT_FOUND', async () => {
      expect(codeOf(await post(hub.url, { documentId: 'f'.repeat(64) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
      const sha256Hash = createHash('sha256').update(UNREGISTERED).digest('hex');
      const registration = await post(hub.url, { query: UNREGISTERED, extensions: { persistedQuery: { version: 1, sha256Hash } } });
      expect(codeOf(registration)).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(codeOf(await post(hub.url, { extensions: { persistedQuery: { version: 1, sha256Hash } } }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('runs the widget\'s registered operations by id, without their text: all 565 municipalities of the map', async () => {
      const map = await post(hub.url, { documentId: OPERATION_IDS.CohesionLivcrMap, variables: { precision: 'NATIONAL' } });
      expect(map.body.errors).toBeUndefined();
      // The widget asks for the TopoJSON encoding (it draws the province and region boundaries from the shared arcs).
      const coverage = map.body.data?.livcrCoverage as { topology: { objects: { municipalities: { geometries: unknown[] } } }; summary: { total: { municipalities: number } } };
      expect(coverage.topology.objects.municipalities.geometries).toHaveLength(565);
      expect(coverage.summary.total.municipalities).toBe(565);
      // Apollo's form of the same: the id as extensions.persistedQuery.sha256Hash.
      const provinces = await post(hub.url, { extensions: { persistedQuery: { version: 1, sha256Hash: OPERATION_IDS.CohesionLivcrMapProvinces } } });
      expect(provinces.body.errors).toBeUndefined();
      expect(provinces.body.data?.provinces).toHaveLength(10);
    });
  });

  describe('outside production', () => {
    let gateway: Gateway;
    let server: ListeningServer;
    beforeAll(async () => {
      // A second gateway over the same subgraphs, configured as NODE_ENV=development configures it.
      gateway = createGateway({
        supergraphSdl: loadSupergraph(),
        subgraphUrls: hub.subgraphUrls,
        logger: createLogger({ service: 'test', level: 'silent' }),
        development: true,
        authentication: createDevelopmentAuthentication(),
        trustedDocuments: trustedDocumentsFromEnvironment({ NODE_ENV: 'development' }),
      });
      await gateway.start();
      server = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await server?.close();
      await gateway?.stop();
    });

    it('runs any operation (unregistered ones are logged) and keeps automatic persisted queries', async () => {
      const url = `${server.url}/graphql`;
      expect((await post(url, { query: UNREGISTERED })).body.data?.provinces).toHaveLength(10);
      expect((await post(url, { query: UNREGISTERED }, developer)).body.data?.provinces).toHaveLength(10);
      const query = '{ regions { nis } }';
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const persistedQuery = { version: 1, sha256Hash };
      expect(codeOf(await post(url, { extensions: { persistedQuery } }))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await post(url, { query, extensions: { persistedQuery } })).body.data?.regions).toHaveLength(3);
      expect((await post(url, { extensions: { persistedQuery } })).body.data?.regions).toHaveLength(3);
    });
  });

  (REDIS ? describe : describe.skip)('two gateway processes sharing Redis', () => {
    let child: ChildProcess | undefined;
    let emptyFolder: string;
    afterAll(() => {
      child?.kill('SIGTERM');
      if (emptyFolder) rmSync(emptyFolder, { recursive: true, force: true });
    });

    it('accepts in the second an id registered through the first, and nothing else', async () => {
      emptyFolder = mkdtempSync(path.join(tmpdir(), 'no-manifests-'));
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        REDIS_URL,
        RATE_LIMIT_REQUESTS: '0',
        TRUSTED_DOCUMENTS_DIR: emptyFolder,
        TRUSTED_DOCUMENTS_REDIS_KEY: redisKey,
        TRUSTED_DOCUMENTS_ANONYMOUS: 'enforce',
        ...Object.fromEntries(Object.entries(hub.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
      };
      const started = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/bin/start.ts'], { cwd: REPOSITORY_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
      child = started;
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the second gateway did not start within 60 s')), 60_000);
        started.once('exit', (code) => reject(new Error(`the second gateway exited with ${code}`)));
        createInterface({ input: started.stdout! }).on('line', (line) => {
          const entry = (() => {
            try {
              return JSON.parse(line) as { msg?: string; url?: string };
            } catch {
              return {};
            }
          })();
          if (entry.msg === 'gateway ready' && entry.url) {
            clearTimeout(timer);
            resolve(entry.url);
          }
        });
      });
      const provinces = await post(url, { documentId: OPERATION_IDS.CohesionLivcrMapProvinces });
      expect(provinces.body.errors).toBeUndefined();
      expect(provinces.body.data?.provinces).toHaveLength(10);
      expect(codeOf(await post(url, { documentId: 'e'.repeat(64) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(codeOf(await post(url, { query: UNREGISTERED }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    }, 90_000);
  });
});
