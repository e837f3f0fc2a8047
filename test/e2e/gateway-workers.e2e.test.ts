import { subgraphUrlVariable } from '@cohesion/db/levels';
import { freePort } from '../support/start-hive-gateway';
import { ENTRY_POINTS, ensureProductionBuild, isAlive, postGraphQL, startService, type ServiceProcess } from '../support/service-processes';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// The compiled gateway with WORKERS=2 (node:cluster) in front of the test subgraphs: both workers serve, /metrics sums
// them, a worker killed outright is replaced while the other keeps answering, and SIGTERM stops the whole cluster.
const OPERATION = `{ municipality(nis: "41002") { nis names { nl } } }`;

type LogLine = { msg?: string; pid?: number; worker?: number };
const logLines = (output: string): LogLine[] =>
  output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
const workerStarts = (gateway: ServiceProcess) => logLines(gateway.output()).filter((line) => line.msg === 'gateway worker started');

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Answer = { data?: { municipality?: { nis: string } }; errors?: unknown[] };
const post = (origin: string, query: string) => postGraphQL<Answer>(origin, query);

describe('gateway workers (WORKERS=2, production build)', () => {
  let hub: TestHub;
  let gateway: ServiceProcess;
  let metricsUrl: string;

  beforeAll(async () => {
    ensureProductionBuild();
    hub = await startTestHub();
    const metricsPort = await freePort();
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    gateway = await startService({
      name: 'gateway',
      entry: ENTRY_POINTS.gateway,
      env: {
        NODE_ENV: 'test',
        WORKERS: '2',
        LOG_LEVEL: 'info',
        // Every operation runs (none answered from a worker's cache), so the summed count is exact.
        RESPONSE_CACHE_TTL_SECONDS: '0',
        METRICS_PORT: String(metricsPort),
        ...Object.fromEntries(Object.entries(hub.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
      },
    });
  }, 90_000);
  afterAll(async () => {
    await gateway?.stop('SIGKILL');
    await hub?.close();
  });

  it('serves from two workers, replaces one that dies, and stops them all on SIGTERM', async () => {
    const firstTwo = await until('two workers to start', () => workerStarts(gateway).length >= 2 && workerStarts(gateway));
    const pids = firstTwo.map((line) => line.pid!);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(gateway.pid);

    const answer = await post(gateway.origin, OPERATION);
    expect(answer.status).toBe(200);
    expect(answer.body.data?.municipality?.nis).toBe('41002');

    // Whichever worker answers /metrics, it reports the cluster: both workers, and every operation either served.
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toMatch(/^cohesion_gateway_workers 2$/m);
    for (let index = 0; index < 4; index += 1) expect((await post(gateway.origin, OPERATION)).status).toBe(200);
    const operations = await (await fetch(metricsUrl)).text();
    expect(operations).toMatch(/^cohesion_gateway_operations_total\{outcome="success"\} 5$/m);

    // One worker killed outright: the other answers at once, and the primary starts a replacement.
    process.kill(pids[0]!, 'SIGKILL');
    await until('the primary to see the worker die', () => logLines(gateway.output()).some((line) => line.msg === 'gateway worker died; starting another' && line.pid === pids[0]));
    for (let index = 0; index < 3; index += 1) {
      const during = await post(gateway.origin, OPERATION);
      expect(during.status).toBe(200);
      expect(during.body.data?.municipality?.nis).toBe('41002');
    }
    const replacement = await until('a replacement worker', () => workerStarts(gateway).find((line) => !pids.includes(line.pid!)));
    expect(isAlive(replacement.pid!)).toBe(true);
    await until('the cluster to report two workers again', async () => /^cohesion_gateway_workers 2$/m.test(await (await fetch(metricsUrl)).text()));
    expect((await post(gateway.origin, OPERATION)).status).toBe(200);

    // SIGTERM to the primary: every worker stops gracefully, then the primary exits 0.
    const workers = [pids[1]!, replacement.pid!];
    await gateway.stop('SIGTERM');
    const [code, signal] = (await gateway.exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(logLines(gateway.output()).some((line) => line.msg === 'gateway stopped')).toBe(true);
    await until('the workers to be gone', () => workers.every((pid) => !isAlive(pid)), 5_000);
  }, 60_000);
});
