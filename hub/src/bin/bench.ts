/**
 * `npm run bench` (a script, not a test): the hub's gateway side by side with the stock @apollo/gateway and Hive
 * Gateway, in front of the same five subgraphs, measured interleaved in one run with autocannon over loopback.
 * See docs/performance.md. `npm run bench -- --quick` is a smoke run; `--duration`, `--rounds`, `--connections`,
 * `--operations lookup,mix` and `--variant name:KEY=VALUE,KEY=VALUE` (an extra hub gateway with other settings, to
 * measure one lever) change what is run. Writes bench/results/latest.json (or `--output`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { subgraphUrlVariable } from '@cohesion/db/levels';
import { ROLES, signDevelopmentToken } from '@cohesion/kit';
import { loadSupergraph, REPOSITORY_ROOT } from '@cohesion/schema';
import { z } from 'zod';
import { BENCH_OPERATIONS, type BenchOperation } from '../bench/operations';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string' },
    operations: { type: 'string' },
    gateways: { type: 'string', default: 'hub,stock,hive' },
    variant: { type: 'string', multiple: true, default: [] },
    output: { type: 'string', default: path.join(REPOSITORY_ROOT, 'bench', 'results', 'latest.json') },
    'base-port': { type: 'string', default: '47010' },
    'without-hub': { type: 'boolean', default: false },
  },
});

const settings = z
  .object({
    duration: z.coerce.number().int().min(1).max(120),
    rounds: z.coerce.number().int().min(1).max(10),
    connections: z.coerce.number().int().min(1).max(500),
    warmup: z.coerce.number().int().min(0).max(60),
    basePort: z.coerce.number().int().min(1024).max(65000),
  })
  .parse({
    duration: values.duration ?? (values.quick ? 3 : 10),
    rounds: values.rounds ?? (values.quick ? 1 : 3),
    connections: values.connections,
    warmup: values.warmup ?? (values.quick ? 1 : 3),
    basePort: values['base-port'],
  });

const operations = values.operations
  ? values.operations.split(',').map((name) => {
      const operation = BENCH_OPERATIONS.find((candidate) => candidate.name === name);
      if (!operation) throw new Error(`--operations: unknown operation ${JSON.stringify(name)}; expected ${BENCH_OPERATIONS.map((o) => o.name).join(', ')}`);
      return operation;
    })
  : BENCH_OPERATIONS;

type GatewaySpec = { name: string; kind: 'hub' | 'stock' | 'hive'; env: Record<string, string> };

const variantSchema = /^([a-zA-Z][\w-]*):((?:[A-Z][A-Z0-9_]*=[^,]*)(?:,[A-Z][A-Z0-9_]*=[^,]*)*)$/;
const gateways: GatewaySpec[] = [
  ...values.gateways.split(',').map((name): GatewaySpec => {
    if (name !== 'hub' && name !== 'stock' && name !== 'hive') throw new Error(`--gateways: unknown gateway ${JSON.stringify(name)}; expected hub, stock, hive`);
    return { name, kind: name, env: {} };
  }),
  ...(values.variant ?? []).map((variant): GatewaySpec => {
    const match = variantSchema.exec(variant);
    if (!match) throw new Error(`--variant: expected name:KEY=VALUE[,KEY=VALUE…] (got ${JSON.stringify(variant)})`);
    // A value may hold '=' itself (NODE_OPTIONS=--max-old-space-size=256): split at the first.
    const env = Object.fromEntries((match[2] as string).split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    return { name: match[1] as string, kind: 'hub', env };
  }),
];

const children: ChildProcess[] = [];
let stopping = false;
const stopChildren = () => {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.once('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

/** Starts a child process and resolves with its first stdout line matching `ready` (or at once without one). */
function startProcess(label: string, command: string, args: string[], env: Record<string, string | undefined>, ready?: RegExp, timeoutMs = 120_000): Promise<{ child: ChildProcess; line: string }> {
  // A variable given as undefined is left out, even when this process has it.
  const childEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined));
  const child = spawn(command, args, { cwd: REPOSITORY_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`${label} exited (${code ?? signal}) during the benchmark:\n${stderr}`);
  });
  if (!ready) return Promise.resolve({ child, line: '' });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n')) {
        if (ready.test(line)) {
          clearTimeout(timer);
          resolve({ child, line });
          return;
        }
      }
      buffer = buffer.slice(-8000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code}:\n${stderr}`));
    });
  });
}

/** Waits until a gateway answers `{ __typename }`. */
async function waitForGraphQL(label: string, url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} did not answer at ${url} within ${timeoutMs} ms`);
}

/** The supergraph for the stock and Hive gateways: the subgraphs' URLs of this run, and no security links. */
function benchSupergraph(subgraphUrls: Record<string, string>): string {
  let sdl = loadSupergraph()
    .replace(/^\s*@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/[^"]+", for: SECURITY\)\n/m, '')
    .replace(/^directive @requiresScopes\(.*\n/m, '')
    .replace(/^scalar requiresScopes__Scope\n/m, '')
    .replace(/\s*@requiresScopes\(scopes: \[[^)]*\]\)/g, '');
  if (/requiresScopes|for: SECURITY/.test(sdl)) throw new Error('the supergraph still names a security link after stripping it');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const graph = name.toUpperCase().replace(/-/g, '_');
    sdl = sdl.replace(new RegExp(`(${graph} @join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
  }
  return sdl;
}

/**
 * The node options of a workspace's production start (`start:production` in its package.json, e.g. the heap ceiling),
 * so that the benchmark runs what production runs.
 */
function productionNodeOptions(workspace: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, workspace, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.['start:production'];
  const match = script ? /^node ((?:--\S+ )*)dist\/bin\/start\.js$/.exec(script) : null;
  if (!match) throw new Error(`${workspace}/package.json: expected "start:production": "node [--options] dist/bin/start.js" (got ${JSON.stringify(script)})`);
  return (match[1] as string).trim().split(' ').filter(Boolean);
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}
function rssMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on Linux. */
const TICK_MS = 10;

type RunResult = { requests: number; errors: number; rps: number; latencies: number[]; cpuMs: number; rssMb: number };

async function measure(url: string, pid: number, operation: BenchOperation, token: string, seconds: number): Promise<RunResult> {
  let errors = 0;
  const latencies: number[] = [];
  const headers = { 'content-type': 'application/json', ...(operation.authenticated ? { authorization: `Bearer ${token}` } : {}) };
  const ticksBefore = cpuTicks(pid);
  // The largest resident set seen while the load runs (sampled), not only at its end: a collection may just have run.
  let rssMb = rssMegabytes(pid);
  const sampler = setInterval(() => {
    rssMb = Math.max(rssMb, rssMegabytes(pid));
  }, 200);
  const options: autocannon.Options = {
    url,
    connections: settings.connections,
    duration: seconds,
    method: 'POST',
    headers,
    requests: operation.requests.map((request) => ({
      method: 'POST',
      body: JSON.stringify(request),
      onResponse: (status: number, body: string) => {
        if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) errors += 1;
      },
    })),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  clearInterval(sampler);
  const ticks = cpuTicks(pid) - ticksBefore;
  const requests = result.requests.total;
  return {
    requests,
    errors: errors + result.errors + result.timeouts,
    rps: requests / seconds,
    latencies,
    cpuMs: requests > 0 ? (ticks * TICK_MS) / requests : Number.NaN,
    rssMb: Math.max(rssMb, rssMegabytes(pid)),
  };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? Number.NaN : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number));
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function post(url: string, request: object, headers: Record<string, string>): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(request) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = os.loadavg();
  const postgresUrl = process.env.BENCH_POSTGRES_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(`bench: ${gateways.map((g) => g.name).join(', ')} × ${operations.map((o) => o.name).join(', ')}; ${settings.rounds} round(s) of ${settings.duration} s, ${settings.connections} connections; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  const tsx = ['--import', 'tsx'];
  const subgraphs = await startProcess('the subgraphs', process.execPath, [...tsx, 'hub/src/bench/subgraphs-process.ts'], { BENCH_POSTGRES_URL: postgresUrl, NODE_ENV: 'test' }, /^\{"subgraphUrls"/, 300_000);
  const { subgraphUrls, database } = JSON.parse(subgraphs.line) as { subgraphUrls: Record<string, string>; database: string };
  console.log(`subgraphs ready on ${database === 'postgres' ? 'the Postgres server' : 'embedded PGlite (no Postgres server answered)'}`);
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cohesion-bench-'));
  const supergraphPath = path.join(directory, 'supergraph.graphql');
  writeFileSync(supergraphPath, benchSupergraph(subgraphUrls));

  const running: Array<GatewaySpec & { url: string; pid: number }> = [];
  const startGateway = async (gateway: GatewaySpec, port: number): Promise<{ child: ChildProcess; url: string }> => {
    let child: ChildProcess;
    if (gateway.kind === 'hub') {
      const env = {
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_REQUESTS: '0',
        // One process, like the stock gateway and Hive it is compared with (the subgraphs share the same two cores);
        // `--variant workers2:WORKERS=2` measures the cluster.
        WORKERS: '1',
        ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
        ...gateway.env,
      };
      // The gateway's production start (`npm run start:production -w @cohesion/gateway`): compiled JavaScript, no tsx.
      ({ child } = await startProcess(gateway.name, process.execPath, [...productionNodeOptions('gateway'), 'gateway/dist/bin/start.js'], env));
    } else if (gateway.kind === 'stock') {
      ({ child } = await startProcess(gateway.name, process.execPath, [...tsx, 'hub/src/bench/stock-gateway-process.ts'], { PORT: String(port), BENCH_SUPERGRAPH: supergraphPath, NODE_ENV: 'production' }));
    } else {
      const bin = path.join(REPOSITORY_ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
      ({ child } = await startProcess(
        gateway.name,
        process.execPath,
        [bin, 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '--fork', '1', '--config-path', path.join(REPOSITORY_ROOT, 'bench', 'hive-gateway.config.mjs')],
        { NODE_ENV: 'production' },
      ));
    }
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitForGraphQL(gateway.name, url, child);
    return { child, url };
  };
  for (const [index, gateway] of gateways.entries()) {
    // The ports lie in the ephemeral range, where a client connection may hold one for a moment: try another.
    let started: { child: ChildProcess; url: string } | undefined;
    for (let attempt = 0; !started; attempt += 1) {
      try {
        started = await startGateway(gateway, settings.basePort + index + attempt * gateways.length);
      } catch (error) {
        if (attempt >= 3) throw error;
        console.warn(`${gateway.name} did not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); trying another port`);
      }
    }
    running.push({ ...gateway, url: started.url, pid: started.child.pid as number });
  }

  const token = await signDevelopmentToken({ subject: 'bench-federal', ...ROLES.federal, expiresIn: '2h' });
  // Every gateway must give the same answer before anything is measured.
  for (const operation of operations) {
    for (const request of operation.requests) {
      const headers: Record<string, string> = operation.authenticated ? { authorization: `Bearer ${token}` } : {};
      const answers = await Promise.all(running.map((gateway) => post(gateway.url, request, headers)));
      for (const [index, answer] of answers.entries()) {
        const name = (running[index] as GatewaySpec).name;
        if (answer.status !== 200 || answer.body.errors) throw new Error(`${name} answered ${operation.name} with HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 600)}`);
        if (JSON.stringify(answer.body.data) !== JSON.stringify(answers[0]?.body.data)) console.warn(`warning: ${name}'s answer to ${operation.name} differs from ${running[0]?.name}'s`);
      }
    }
  }
  if (settings.warmup > 0) {
    for (const gateway of running) for (const operation of operations) await measure(gateway.url, gateway.pid, operation, token, settings.warmup);
  }

  const runs = new Map<string, RunResult[]>();
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const operation of operations) {
      const order = running.map((_, index) => running[(index + round) % running.length] as (typeof running)[number]);
      for (const gateway of order) {
        const result = await measure(gateway.url, gateway.pid, operation, token, settings.duration);
        const key = `${operation.name}/${gateway.name}`;
        runs.set(key, [...(runs.get(key) ?? []), result]);
        console.log(`  round ${round + 1} ${operation.name.padEnd(16)} ${gateway.name.padEnd(12)} ${round1(result.rps).toString().padStart(7)} rps  p99 ${percentile([...result.latencies].sort((a, b) => a - b), 99)} ms  errors ${result.errors}`);
      }
    }
  }

  const results: Record<string, Record<string, unknown>> = {};
  console.log(`\n${'operation'.padEnd(17)}${'gateway'.padEnd(13)}${'rps'.padStart(8)}${'p50'.padStart(7)}${'p95'.padStart(7)}${'p99'.padStart(7)}${'errors'.padStart(8)}${'RSS MB'.padStart(8)}${'CPU ms/req'.padStart(11)}${'× stock'.padStart(9)}`);
  for (const operation of operations) {
    const summary: Record<string, unknown> = {};
    const rpsOf = (name: string) => median((runs.get(`${operation.name}/${name}`) ?? []).map((run) => run.rps));
    const stockRps = rpsOf('stock');
    const ratioToStock: Record<string, number> = {};
    for (const gateway of running) {
      const gatewayRuns = runs.get(`${operation.name}/${gateway.name}`) ?? [];
      const latencies = gatewayRuns.flatMap((run) => run.latencies).sort((a, b) => a - b);
      const rps = rpsOf(gateway.name);
      const entry = {
        rps: round(rps),
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: gatewayRuns.reduce((sum, run) => sum + run.errors, 0),
        requests: gatewayRuns.reduce((sum, run) => sum + run.requests, 0),
        rssMb: Math.max(...gatewayRuns.map((run) => run.rssMb)),
        cpuMsPerRequest: round(median(gatewayRuns.map((run) => run.cpuMs)), 2),
        roundsRps: gatewayRuns.map((run) => round(run.rps)),
      };
      summary[gateway.name] = entry;
      if (gateway.name !== 'stock' && Number.isFinite(stockRps)) ratioToStock[gateway.name] = round(rps / stockRps, 2);
      const ratio = gateway.name === 'stock' ? 1 : ratioToStock[gateway.name];
      console.log(
        `${operation.name.padEnd(17)}${gateway.name.padEnd(13)}${String(entry.rps).padStart(8)}${String(entry.p50).padStart(7)}${String(entry.p95).padStart(7)}${String(entry.p99).padStart(7)}${String(entry.errors).padStart(8)}${String(entry.rssMb).padStart(8)}${String(entry.cpuMsPerRequest).padStart(11)}${(ratio === undefined ? '' : ratio.toFixed(2)).padStart(9)}`,
      );
    }
    results[operation.name] = { description: operation.description, ratioToStock, ...summary };
  }
  const singleProcessHub = values['without-hub'] ? undefined : await measureSingleProcessHub(token, settings.basePort + 40);
  const loadAfter = os.loadavg();
  const report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 1024 ** 3), node: process.version, loadAverageBefore: loadBefore.map((l) => round(l, 2)), loadAverageAfter: loadAfter.map((l) => round(l, 2)) },
    settings: { ...settings, database, gateways: gateways.map(({ name, kind, env }) => ({ name, kind, env })) },
    operations: results,
    ...(singleProcessHub ? { singleProcessHub } : {}),
  };
  mkdirSync(path.dirname(values.output), { recursive: true });
  writeFileSync(values.output, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nload average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}; written to ${path.relative(process.cwd(), values.output)}`);
}

/**
 * The single-process hub (`npm start`: the five subgraphs and the gateway in one process) as its production start
 * runs it, on embedded PGlite in a new, empty data folder: its start-up time (from its start log), its resident memory
 * once started and the largest under each operation's load. Measured alone, after the side-by-side comparison has
 * stopped its processes, so that it has the machine to itself like a real one.
 */
async function measureSingleProcessHub(token: string, port: number) {
  // Every process of the comparison gone first (the subgraphs' process drops its database as it ends).
  const exited = children.map((child) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))));
  stopChildren();
  await Promise.all(exited);
  stopping = false;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cohesion-bench-hub-'));
  const { child, line } = await startProcess(
    'the single-process hub',
    process.execPath,
    [...productionNodeOptions('hub'), 'hub/dist/bin/start.js'],
    { NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: undefined, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_REQUESTS: '0', WORKERS: '1' },
    /"startupMs":\d+/,
  );
  const startupMs = Number(/"startupMs":(\d+)/.exec(line)?.[1]);
  const pid = child.pid as number;
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const rssAfterStartMb = rssMegabytes(pid);
  const url = `http://127.0.0.1:${port}/graphql`;
  console.log(`\nsingle-process hub on PGlite, from an empty data folder: started in ${startupMs} ms, ${rssAfterStartMb} MB resident`);
  if (settings.warmup > 0) for (const operation of operations) await measure(url, pid, operation, token, settings.warmup);
  const hubResults: Record<string, unknown> = {};
  for (const operation of operations) {
    const runs: RunResult[] = [];
    for (let round = 0; round < settings.rounds; round += 1) runs.push(await measure(url, pid, operation, token, settings.duration));
    const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
    const entry = {
      rps: round(median(runs.map((run) => run.rps))),
      p99: percentile(latencies, 99),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      rssMb: Math.max(...runs.map((run) => run.rssMb)),
      cpuMsPerRequest: round(median(runs.map((run) => run.cpuMs)), 2),
    };
    hubResults[operation.name] = entry;
    console.log(`  ${operation.name.padEnd(16)} ${String(entry.rps).padStart(8)} rps  p99 ${entry.p99} ms  errors ${entry.errors}  RSS ${entry.rssMb} MB  CPU ${entry.cpuMsPerRequest} ms/req`);
  }
  stopChildren();
  return { database: 'pglite', startupMs, rssAfterStartMb, rssMaxMb: Math.max(rssAfterStartMb, ...Object.values(hubResults).map((entry) => (entry as { rssMb: number }).rssMb)), operations: hubResults };
}

function round1(value: number) {
  return round(value, 1);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
