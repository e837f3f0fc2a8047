import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
export const HIVE_GATEWAY_CONFIG = path.join(REPOSITORY_ROOT, 'deploy', 'hive-gateway', 'gateway.config.ts');

/** A free loopback port: Hive Gateway's CLI does not report the port it picked for 0. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type HiveGateway = { url: string; output(): string; close(): Promise<void> };

/**
 * Runs Hive Gateway's own CLI with deploy/hive-gateway/gateway.config.ts, as an operator would, and waits until it
 * answers /readiness (at most `timeoutMs`). `env` is the whole environment of the process, besides PATH, HOST and PORT.
 */
export async function startHiveGateway(env: Record<string, string>, timeoutMs = 30_000): Promise<HiveGateway> {
  const port = await freePort();
  const bin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const child: ChildProcess = spawn(process.execPath, [bin, 'supergraph', '-c', HIVE_GATEWAY_CONFIG], {
    cwd: REPOSITORY_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${url}/readiness`).then((response) => response.ok, () => false);
    if (ready) return { url: `${url}/graphql`, output: () => output, close };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await close();
  throw new Error(`Hive Gateway did not get ready within ${timeoutMs} ms:\n${output}`);
}

/** Runs the CLI with `env` and returns how it exited and what it printed, for configurations it must refuse. */
export async function runHiveGatewayToExit(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const bin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const child = spawn(process.execPath, [bin, 'supergraph', '-c', HIVE_GATEWAY_CONFIG], {
    cwd: REPOSITORY_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output };
}
