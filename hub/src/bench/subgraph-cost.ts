/**
 * `npx tsx hub/src/bench/subgraph-cost.ts --baseline <checkout>` (a script, not a test): what the subgraphs cost per
 * request, this checkout's against another's (main's, before a change), measured interleaved in one run. Each checkout's
 * five subgraphs run in their own process (bench/subgraphs-process.ts, its own throw-away database), each behind a hub
 * gateway of this checkout with the response cache and subgraph deduplication off, so that every request reaches the
 * subgraphs; autocannon rounds alternate between the two. Reports the subgraph process's CPU milliseconds per request
 * (from /proc/<pid>/stat) and requests per second. See docs/performance.md, "Subgraph cost per request".
 * Needs `npm run build` (gateway/dist) in this checkout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { subgraphUrlVariable } from '@cohesion/db/levels';
import { REPOSITORY_ROOT } from '@cohesion/schema';
import { z } from 'zod';
import { BENCH_OPERATIONS } from './operations';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    operations: { type: 'string', default: 'crossLevel,directory,map' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    'base-port': { type: 'string', default: '47210' },
  },
});

const settings = z
  .object({
    baseline: z.string({ error: '--baseline: the checkout to compare with, e.g. /work/main (required)' }).min(1),
    duration: z.coerce.number().int().min(1).max(60),
    rounds: z.coerce.number().int().min(1).max(10),
    connections: z.coerce.number().int().min(1).max(200),
    basePort: z.coerce.number().int().min(1024).max(65000),
  })
  .parse({ baseline: values.baseline, duration: values.duration, rounds: values.rounds, connections: values.connections, basePort: values['base-port'] });

const operations = values.operations.split(',').map((name) => {
  const operation = BENCH_OPERATIONS.find((candidate) => candidate.name === name && candidate.requests.length === 1 && !candidate.authenticated);
  if (!operation) throw new Error(`--operations: expected lookup, crossLevel, map or directory (got ${JSON.stringify(name)})`);
  return operation;
});

const children: ChildProcess[] = [];
const stopChildren = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.once('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

/** Starts a process and resolves with its first stdout line matching `ready` (at once without one). */
function start(command: string[], cwd: string, env: Record<string, string>, ready?: RegExp): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, command, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  if (!ready) return Promise.resolve({ child, line: '' });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((candidate) => ready.test(candidate));
      if (line) resolve({ child, line });
    });
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} (in ${cwd}) exited with ${code}:\n${stderr}`)));
  });
}

async function waitForGraphQL(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within a minute`);
}

/** User and system clock ticks (USER_HZ, 100 a second) a process has used. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

type Side = { name: string; url: string; subgraphsPid: number };

async function startSide(name: string, checkout: string, port: number): Promise<Side> {
  const { child, line } = await start(['--import', 'tsx', 'hub/src/bench/subgraphs-process.ts'], checkout, {
    BENCH_POSTGRES_URL: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    NODE_ENV: 'test',
  }, /^\{"subgraphUrls"/);
  const { subgraphUrls } = JSON.parse(line) as { subgraphUrls: Record<string, string> };
  await start(['--conditions=compiled', 'gateway/dist/bin/start.js'], REPOSITORY_ROOT, {
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_REQUESTS: '0',
    WORKERS: '1',
    // Every request reaches the subgraphs: no answer from the gateway's cache, no fetch shared with another request.
    RESPONSE_CACHE_TTL_SECONDS: '0',
    SUBGRAPH_DEDUPLICATION: 'false',
    ...Object.fromEntries(Object.entries(subgraphUrls).map(([subgraph, url]) => [subgraphUrlVariable(subgraph), url])),
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitForGraphQL(url);
  return { name, url, subgraphsPid: child.pid as number };
}

async function measure(side: Side, body: string, seconds: number): Promise<{ requests: number; errors: number; cpuMsPerRequest: number }> {
  let errors = 0;
  const before = cpuTicks(side.subgraphsPid);
  const result = await autocannon({
    url: side.url,
    connections: settings.connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    requests: [{ method: 'POST', body, onResponse: (status: number, text: string) => void (status !== 200 || text.includes('"errors":[') ? (errors += 1) : 0) }],
  });
  const requests = result.requests.total;
  return { requests, errors: errors + result.errors + result.timeouts, cpuMsPerRequest: ((cpuTicks(side.subgraphsPid) - before) * 10) / requests };
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] as number;

async function main(): Promise<void> {
  const load = os.loadavg();
  console.log(`subgraph cost: ${path.resolve(settings.baseline)} (baseline) against ${REPOSITORY_ROOT}; ${operations.map((o) => o.name).join(', ')}; ${settings.rounds} round(s) of ${settings.duration} s, ${settings.connections} connections; load average ${load.map((l) => l.toFixed(2)).join(' ')}`);
  const sides = [await startSide('baseline', path.resolve(settings.baseline), settings.basePort), await startSide('this', REPOSITORY_ROOT, settings.basePort + 1)];
  const results = new Map<string, Array<{ rps: number; cpuMsPerRequest: number }>>();
  for (const operation of operations) {
    const body = JSON.stringify(operation.requests[0]);
    const answers = await Promise.all(sides.map(async (side) => (await fetch(side.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()));
    if (answers[0] !== answers[1]) console.warn(`warning: the two checkouts answer ${operation.name} differently`);
    for (const side of sides) await measure(side, body, 2);
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const run = await measure(side, body, settings.duration);
        if (run.errors > 0) throw new Error(`${side.name} answered ${operation.name} with ${run.errors} error(s)`);
        const key = `${operation.name}/${side.name}`;
        results.set(key, [...(results.get(key) ?? []), { rps: run.requests / settings.duration, cpuMsPerRequest: run.cpuMsPerRequest }]);
        console.log(`  round ${round + 1} ${operation.name.padEnd(11)} ${side.name.padEnd(9)} ${(run.requests / settings.duration).toFixed(1).padStart(7)} rps  subgraphs ${run.cpuMsPerRequest.toFixed(2)} ms CPU/request`);
      }
    }
  }
  console.log(`\n${'operation'.padEnd(12)}${'baseline rps'.padStart(14)}${'this rps'.padStart(10)}${'baseline ms'.padStart(13)}${'this ms'.padStart(9)}${'CPU ratio'.padStart(11)}`);
  for (const operation of operations) {
    const [baseline, candidate] = sides.map((side) => results.get(`${operation.name}/${side.name}`) ?? []);
    const rps = [baseline, candidate].map((runs) => median((runs ?? []).map((run) => run.rps)));
    const cpu = [baseline, candidate].map((runs) => median((runs ?? []).map((run) => run.cpuMsPerRequest)));
    console.log(
      `${operation.name.padEnd(12)}${(rps[0] as number).toFixed(1).padStart(14)}${(rps[1] as number).toFixed(1).padStart(10)}${(cpu[0] as number).toFixed(2).padStart(13)}${(cpu[1] as number).toFixed(2).padStart(9)}${((cpu[1] as number) / (cpu[0] as number)).toFixed(2).padStart(11)}`,
    );
  }
  console.log(`\nload average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
