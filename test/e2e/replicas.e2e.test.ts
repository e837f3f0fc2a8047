import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase } from '@cohesion/db';
import { getLevel, LEVELS, subgraphUrlVariable } from '@cohesion/db/levels';
import { prepareDatabase } from '@cohesion/db/seed';
import { freePort } from '../support/start-hive-gateway';
import { createServerDatabase, ENTRY_POINTS, ensureProductionBuild, startService, type ServiceProcess } from '../support/service-processes';
import { startTestIdentityProvider, type TestIdentityProvider } from '../support/test-identity-provider';

// The production build run as processes, as a scaled-out deployment runs it: two gateway replicas and two replicas of
// the municipalities subgraph, each pair behind HAProxy on loopback, with the federal subgraph, on a database of the
// Postgres server and a Redis of the test's own, every service with NODE_ENV=production and a (non-development)
// identity provider. Checks: the same answer whichever replica serves it; the rate limit is one budget shared through
// Redis; one replica of each killed (SIGKILL) under a bounded load costs no request, HAProxy retrying what they dropped.
const which = (binary: string) => spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0;
const MISSING = [
  !process.env.DATABASE_URL && 'no Postgres server (DATABASE_URL unset: this test runs in the Postgres-server pass)',
  !which('haproxy') && 'no haproxy on PATH (Debian package haproxy)',
  !which('redis-server') && 'no redis-server on PATH (Debian package redis-server)',
].filter(Boolean);
const describeReplicas = MISSING.length === 0 ? describe : describe.skip;
if (MISSING.length > 0) console.warn(`many-replicas test skipped: ${MISSING.join('; ')}`);

const OPERATION = `{ municipality(nis: "41002") { nis names { nl fr } livcrCell { coordinator { email } } policeZone { id } } }`;
const LOAD_SECONDS = 6;
const CONCURRENCY = 6;
const RATE_LIMIT = 20;
// Nothing listens here (this helper's port range): the levels not started answer nothing, as a level down would.
const CLOSED_URL = 'http://127.0.0.1:48199/graphql';

type Body = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function post(url: string, token: string | undefined, query = OPERATION) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** A Redis of the test's own on a free port: no budget or key is shared with anything else on the machine. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = once(child, 'exit');
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
    });
    if (pong) return { url: `redis://127.0.0.1:${port}`, stop: async () => void (child.kill('SIGTERM'), await exited) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not answer');
}

/** HAProxy in front of each pair: health checks on /ready, and L7 retries on another server for a dropped request. */
async function startHaproxy(directory: string, frontends: Array<{ name: string; port: number; servers: ServiceProcess[] }>) {
  const config = [
    'global',
    '  maxconn 512',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 20s',
    '  timeout server 20s',
    '  timeout check 1s',
    // A request a server dropped (refused connection, closed without answering) is sent again, to another server.
    '  option http-buffer-request',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response',
    ...frontends.flatMap(({ name, port, servers }) => [
      `frontend ${name}`,
      `  bind 127.0.0.1:${port}`,
      '  option forwardfor',
      `  default_backend ${name}`,
      `backend ${name}`,
      '  balance roundrobin',
      '  option httpchk GET /ready',
      ...servers.map((server, index) => `  server ${name}-${index + 1} ${new URL(server.origin).host} check inter 300ms fall 1 rise 2`),
    ]),
    '',
  ].join('\n');
  const file = path.join(directory, 'haproxy.cfg');
  writeFileSync(file, config);
  const child: ChildProcess = spawn('haproxy', ['-f', file, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with ${child.exitCode}:\n${output}`);
    const up = await Promise.all(frontends.map(({ port }) => fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false)));
    if (up.every(Boolean)) return { stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`haproxy did not serve its frontends:\n${output}`);
}

describeReplicas('many replicas behind HAProxy (production build, Postgres server, Redis)', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'cohesion-replicas-'));
  const run = `replicas-${Date.now().toString(36)}`;
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let identityProvider: TestIdentityProvider;
  let haproxy: Awaited<ReturnType<typeof startHaproxy>>;
  const municipalities: ServiceProcess[] = [];
  const gateways: ServiceProcess[] = [];
  let federal: ServiceProcess | undefined;
  let balancedGateway: string;
  let balancedMunicipalities: string;
  let aalstMember: string;

  beforeAll(async () => {
    ensureProductionBuild();
    database = await createServerDatabase(process.env.DATABASE_URL!);
    // A production start never migrates: the release's migration (and here the sample content) runs first.
    const handle = await createDatabase({ url: database.url });
    await prepareDatabase(handle, ['municipalities', 'federal'].map((level) => getLevel(level).schema));
    await handle.close();
    redis = await startRedis();
    identityProvider = await startTestIdentityProvider(directory);
    aalstMember = await identityProvider.sign({ subject: `${run}-aalst`, scopes: ['contacts:read'], jurisdictions: ['nis:41002'] });
    const production = { NODE_ENV: 'production', AUTH_JWKS_PATH: identityProvider.jwksPath, AUTH_ISSUER: identityProvider.issuer };
    const subgraph = (level: string) =>
      startService({ name: level, entry: ENTRY_POINTS.subgraph(level), env: { ...production, DATABASE_URL: database.url, DATABASE_STATEMENT_TIMEOUT_MS: '10000' }, readyPath: '/ready' });
    const started = await Promise.allSettled([subgraph('federal'), subgraph('municipalities'), subgraph('municipalities')]);
    const [federalStart, ...municipalitiesStarts] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
    federal = federalStart!;
    municipalities.push(...municipalitiesStarts.filter((replica) => replica !== undefined));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [gatewayPort, municipalitiesPort] = [await freePort(), await freePort()];
    balancedGateway = `http://127.0.0.1:${gatewayPort}/graphql`;
    balancedMunicipalities = `http://127.0.0.1:${municipalitiesPort}/graphql`;
    const gatewayEnv = {
      ...production,
      AUTH_TOKEN_URL: identityProvider.tokenUrl,
      AUTH_CLIENT_ID: identityProvider.clientId,
      AUTH_CLIENT_SECRET: identityProvider.clientSecret,
      REDIS_URL: redis.url,
      RATE_LIMIT_REQUESTS: String(RATE_LIMIT),
      RATE_LIMIT_WINDOW_SECONDS: '60',
      TRUST_PROXY: '1',
      // The operations here are not registered trusted documents (trusted-documents/): not the subject of this test.
      TRUSTED_DOCUMENTS_ANONYMOUS: 'off',
      TRUSTED_DOCUMENTS_SERVICE: 'off',
      TRUSTED_DOCUMENTS_DEVELOPER: 'off',
      TRUSTED_DOCUMENTS_DIR: 'none',
      ...Object.fromEntries(LEVELS.map((level) => [subgraphUrlVariable(level.name), CLOSED_URL])),
      SUBGRAPH_MUNICIPALITIES_URL: balancedMunicipalities,
      SUBGRAPH_FEDERAL_URL: `${federal.origin}/graphql`,
    };
    for (const replica of [1, 2]) gateways.push(await startService({ name: `gateway-${replica}`, entry: ENTRY_POINTS.gateway, env: gatewayEnv }));
    haproxy = await startHaproxy(directory, [
      { name: 'gateway', port: gatewayPort, servers: gateways },
      { name: 'municipalities', port: municipalitiesPort, servers: municipalities },
    ]);
    // Both subgraph replicas up in HAProxy's eyes (rise 2 × 300 ms) before the first operation.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }, 240_000);

  afterAll(async () => {
    await haproxy?.stop();
    await Promise.all([...gateways, ...municipalities, ...(federal ? [federal] : [])].map((service) => service.stop()));
    await identityProvider?.close();
    await redis?.stop();
    await database?.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers the same whichever gateway and whichever subgraph replica serves the operation', async () => {
    const throughGateways = await Promise.all([...gateways.map((gateway) => `${gateway.origin}/graphql`), balancedGateway, balancedGateway, balancedGateway, balancedGateway].map((url) => post(url, aalstMember)));
    const [first] = throughGateways;
    expect(first?.body.errors).toBeUndefined();
    expect(first?.body.data).toMatchObject({ municipality: { nis: '41002', names: { nl: 'Aalst' }, livcrCell: { coordinator: { email: expect.stringContaining('@') } }, policeZone: { id: expect.any(String) } } });
    for (const answer of throughGateways) expect(answer).toEqual(first);
    const subgraphQuery = `{ municipality(nis: "41002") { names { nl fr } livcrCell { coordinator { email } } } }`;
    const fromReplicas = await Promise.all([...municipalities.map((replica) => `${replica.origin}/graphql`), balancedMunicipalities].map((url) => post(url, aalstMember, subgraphQuery)));
    expect(fromReplicas[0]?.body.data).toMatchObject({ municipality: { names: { nl: 'Aalst' } } });
    for (const answer of fromReplicas) expect(answer).toEqual(fromReplicas[0]);
  });

  it('counts one rate-limit budget per caller across the gateway replicas (Redis)', async () => {
    const caller = await identityProvider.sign({ subject: `${run}-budget` });
    const query = `{ municipality(nis: "41002") { nis } }`;
    const statuses: number[] = [];
    // Half of the budget spent at each replica: neither alone has seen enough to refuse.
    for (let index = 0; index < RATE_LIMIT; index += 1) statuses.push((await post(`${gateways[index % 2]!.origin}/graphql`, caller, query)).status);
    expect(statuses).toEqual(Array.from({ length: RATE_LIMIT }, () => 200));
    const beyond = await Promise.all(gateways.map((gateway) => post(`${gateway.origin}/graphql`, caller, query)));
    expect(beyond.map((answer) => [answer.status, answer.body.errors?.[0]?.extensions?.code])).toEqual([
      [429, 'RATE_LIMITED'],
      [429, 'RATE_LIMITED'],
    ]);
  });

  it('loses no request when one replica of each is killed under load', async () => {
    // A pool of callers, so that the load stays far below each caller's budget.
    const callers = await Promise.all(Array.from({ length: 60 }, (_, index) => identityProvider.sign({ subject: `${run}-load-${index}`, scopes: ['contacts:read'], jurisdictions: ['nis:41002'] })));
    const expected = (await post(balancedGateway, aalstMember)).body;
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();
    const worker = async () => {
      while (Date.now() - started < LOAD_SECONDS * 1000) {
        const caller = callers[sent % callers.length]!;
        sent += 1;
        try {
          const { status, body } = await post(balancedGateway, caller);
          if (status !== 200 || JSON.stringify(body) !== JSON.stringify(expected)) failures.push(`HTTP ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
        } catch (error) {
          failures.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        }
      }
    };
    const kills = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await municipalities[1]!.stop('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await gateways[1]!.stop('SIGKILL');
    })();
    await Promise.all([...Array.from({ length: CONCURRENCY }, worker), kills]);
    console.log(
      `many replicas: ${sent} operations in ${LOAD_SECONDS} s through HAProxy, ${CONCURRENCY} at a time; ` +
        `municipalities replica 2 killed at 1.5 s, gateway replica 2 at 3 s; ${failures.length} failed${failures.length ? `: ${[...new Set(failures)].join(' | ')}` : ''}`,
    );
    expect(sent).toBeGreaterThan(30);
    expect(failures).toEqual([]);
    // The survivors still answer, directly and through the balancer.
    expect((await post(`${gateways[0]!.origin}/graphql`, aalstMember)).body).toEqual(expected);
    expect((await post(balancedGateway, aalstMember)).body).toEqual(expected);
  });
});
