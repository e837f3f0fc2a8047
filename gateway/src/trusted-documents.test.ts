import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '@cohesion/kit';
import { loadSupergraph } from '@cohesion/schema';
import { Redis } from 'ioredis';
import { parseGatewayConfiguration } from './config';
import { callerKindOf, createTrustedDocuments, loadManifestDirectory, parseManifest, publishToRedis } from './trusted-documents';
import { DEFAULT_TRUSTED_DOCUMENTS_DIR } from './trusted-documents-config';

const PROVINCES = 'query Provinces { provinces { nis } }';
const REGIONS = 'query Regions { regions { nis } }';

describe('trusted-documents manifests', () => {
  it('reads Apollo\'s persisted query manifest and the plain id → document map of the client preset and Hive', () => {
    const apollo = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'a1', name: 'Provinces', type: 'query', body: PROVINCES }] };
    expect([...parseManifest(apollo)]).toEqual([['a1', PROVINCES]]);
    expect([...parseManifest({ 'app~1.0~b2': REGIONS })]).toEqual([['app~1.0~b2', REGIONS]]);
  });

  it('refuses what it cannot run, naming the manifest and the id', () => {
    expect(() => parseManifest({ format: 'apollo-persisted-query-manifest', version: 2, operations: [] }, 'm.json')).toThrow(/m\.json: unknown manifest format .* version 2/);
    expect(() => parseManifest({ x1: '{ provinces { nis }' }, 'm.json')).toThrow(/m\.json: document x1 is not GraphQL/);
    expect(() => parseManifest({ 'has space': PROVINCES }, 'm.json')).toThrow(/m\.json: invalid document id "has space"/);
    expect(() => parseManifest([PROVINCES], 'm.json')).toThrow(/expected a JSON object/);
  });

  it('merges a folder\'s manifests and refuses one id for two documents', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'manifests-'));
    try {
      writeFileSync(path.join(folder, 'a.json'), JSON.stringify({ p: PROVINCES }));
      writeFileSync(path.join(folder, 'b.json'), JSON.stringify({ r: REGIONS }));
      writeFileSync(path.join(folder, 'notes.txt'), 'not a manifest');
      expect([...loadManifestDirectory(folder).keys()]).toEqual(['p', 'r']);
      writeFileSync(path.join(folder, 'c.json'), JSON.stringify({ p: REGIONS }));
      expect(() => loadManifestDirectory(folder)).toThrow(/c\.json: id p names another document/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('loads the committed manifest of the hub\'s own front end', () => {
    expect(loadManifestDirectory(DEFAULT_TRUSTED_DOCUMENTS_DIR).size).toBeGreaterThanOrEqual(2);
  });
});

describe('who must use trusted documents', () => {
  const identity = (scopes: string[]) => ({ subject: 's', scopes: new Set(scopes), jurisdictions: [], organisation: null });

  it('tells anonymous callers, developers (by their scope) and service clients apart', () => {
    expect(callerKindOf(null, 'developer')).toBe('anonymous');
    expect(callerKindOf(identity(['developer', 'contacts:read']), 'developer')).toBe('developer');
    expect(callerKindOf(identity(['contacts:read']), 'developer')).toBe('service');
  });

  const production = {
    NODE_ENV: 'production',
    AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    AUTH_ISSUER: 'https://idp.example/',
    AUTH_TOKEN_URL: 'https://idp.example/token',
    AUTH_CLIENT_ID: 'gateway',
    AUTH_CLIENT_SECRET: 'secret',
  };

  it('enforces them for every caller in production unless told otherwise', () => {
    const { trustedDocuments } = parseGatewayConfiguration(production, loadSupergraph());
    expect(trustedDocuments.modes).toEqual({ anonymous: 'enforce', service: 'enforce', developer: 'enforce' });
    expect(trustedDocuments.directory).toBe(DEFAULT_TRUSTED_DOCUMENTS_DIR);
    const relaxed = parseGatewayConfiguration({ ...production, TRUSTED_DOCUMENTS_DEVELOPER: 'log-unknown', REDIS_URL: 'redis://127.0.0.1:6379' }, loadSupergraph());
    expect(relaxed.trustedDocuments).toMatchObject({ modes: { anonymous: 'enforce', developer: 'log-unknown' }, redisUrl: 'redis://127.0.0.1:6379' });
  });

  it('logs unregistered operations of anonymous callers and service clients elsewhere, and lets developers send anything', () => {
    expect(parseGatewayConfiguration({}, loadSupergraph()).trustedDocuments.modes).toEqual({ anonymous: 'log-unknown', service: 'log-unknown', developer: 'off' });
    expect(parseGatewayConfiguration({ TRUSTED_DOCUMENTS_DIR: 'none' }, loadSupergraph()).trustedDocuments.directory).toBeUndefined();
  });

  it('refuses an unknown mode, naming the variable and the value', () => {
    expect(() => parseGatewayConfiguration({ TRUSTED_DOCUMENTS_ANONYMOUS: 'strict' }, loadSupergraph())).toThrow(/TRUSTED_DOCUMENTS_ANONYMOUS.*strict/s);
  });
});

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
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
if (!REDIS) console.warn(`trusted documents: no Redis answers at ${REDIS_URL}; the tests of documents shared through Redis are skipped`);

(REDIS ? describe : describe.skip)('trusted documents shared through Redis', () => {
  const redisKey = `issue11-contract:test:${randomUUID()}`;
  const logger = createLogger({ service: 'test', level: 'silent' });
  afterAll(async () => {
    const redis = new Redis(REDIS_URL);
    await redis.del(redisKey);
    await redis.quit();
  });

  it('finds a document published by the command in every replica, and nothing that was not published', async () => {
    const replica = createTrustedDocuments({ modes: { anonymous: 'enforce', service: 'enforce', developer: 'enforce' }, developerScope: 'developer', redisUrl: REDIS_URL, redisKey }, logger);
    try {
      await replica.start();
      expect(await replica.find('never-published')).toBeUndefined();
      expect(await publishToRedis(REDIS_URL, new Map([['published-later', PROVINCES]]), redisKey)).toBe(1);
      expect(await replica.find('published-later')).toBe(PROVINCES);
      expect(await replica.find('never-published')).toBeUndefined();
    } finally {
      await replica.close();
    }
  });

  it('publishes a replica\'s folder when it starts', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'manifests-'));
    writeFileSync(path.join(folder, 'ministry.json'), JSON.stringify({ 'from-folder': REGIONS }));
    const first = createTrustedDocuments({ modes: { anonymous: 'off', service: 'off', developer: 'off' }, developerScope: 'developer', directory: folder, redisUrl: REDIS_URL, redisKey }, logger);
    try {
      await first.start();
      const redis = new Redis(REDIS_URL);
      expect(await redis.hget(redisKey, 'from-folder')).toBe(REGIONS);
      await redis.quit();
    } finally {
      await first.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
