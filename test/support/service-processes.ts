import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { request, type Agent, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { createDatabase } from '@cohesion/db';
import { freePort, REPOSITORY_ROOT } from './start-hive-gateway';

/** The compiled entry points the production image runs (Dockerfile), relative to the repository. */
export const ENTRY_POINTS = {
  gateway: 'gateway/dist/bin/start.js',
  subgraph: (level: string) => `subgraphs/${level}/dist/bin/start.js`,
  migrate: 'hub/dist/bin/migrate.js',
  hub: 'hub/dist/bin/start.js',
} as const;

/**
 * Makes sure the production build (`npm run build`, each workspace's dist/) exists; CI builds before the tests, and a
 * checkout that never built builds here once (turbo, so an unchanged workspace is restored from its cache).
 */
export function ensureProductionBuild(): void {
  const missing = [ENTRY_POINTS.gateway, ENTRY_POINTS.migrate, ENTRY_POINTS.hub, ENTRY_POINTS.subgraph('municipalities')].filter((file) => !existsSync(path.join(REPOSITORY_ROOT, file)));
  if (missing.length === 0) return;
  execFileSync(process.execPath, [path.join(REPOSITORY_ROOT, 'node_modules', 'turbo', 'bin', 'turbo'), 'run', 'build', '--output-logs=errors-only'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
}

export type ServiceProcess = {
  name: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  pid: number;
  output(): string;
  /** Sends the signal (SIGTERM by default: the service's graceful shutdown) and waits for the exit, SIGKILL after 5 s. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  exited: Promise<unknown>;
};

/**
 * Runs one compiled service as its own process, as the image does (`node --conditions=compiled ...`), on a free
 * loopback port, and waits until `readyPath` answers 200 (at most `timeoutMs`). `env` is its whole environment besides
 * PATH, HOST and PORT.
 */
export async function startService(options: { name: string; entry: string; env: Record<string, string>; readyPath?: string; timeoutMs?: number; port?: number }): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--conditions=compiled', '--enable-source-maps', path.join(REPOSITORY_ROOT, options.entry)], {
    cwd: REPOSITORY_ROOT,
    // One process per service unless a test asks for a cluster (the gateway's WORKERS defaults to one per core).
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', WORKERS: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${origin}${options.readyPath ?? '/health'}`).then((response) => response.ok, () => false);
    if (ready) return { name: options.name, origin, pid: child.pid!, output: () => output, stop, exited };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop('SIGKILL');
  throw new Error(`${options.name} was not ready within ${options.timeoutMs ?? 60_000} ms:\n${output}`);
}

/** A throw-away database on the Postgres server `serverUrl` names, for services run as processes; `drop` removes it. */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hub_process_test_${Date.now()}_${Math.random().toString(16).slice(2, 10)}`;
  const admin = await createDatabase({ url: serverUrl, maxConnections: 1 });
  await admin.execute(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      try {
        await admin.execute(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.close();
      }
    },
  };
}

/**
 * One GraphQL POST to a service process: over `agent` (a kept-alive connection, and so one worker of a cluster), or on a
 * connection of its own when `agent` is false (no keep-alive socket that a killed worker held). Fails after 10 s.
 */
export function postGraphQL<Body>(
  origin: string,
  query: string,
  options: { agent?: Agent | false; variables?: object; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Body }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query, ...(options.variables ? { variables: options.variables } : {}) });
    const outgoing = request(
      `${origin}/graphql`,
      { method: 'POST', agent: options.agent ?? false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...options.headers }, timeout: 10_000 },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) as Body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 10 s')));
    outgoing.end(body);
  });
}

/** Whether a process of this pid is running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
