import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL server binaries, newest version first (the `postgresql` package). */
function findBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(root, newest, 'bin') : undefined;
}

/** initdb refuses to run as root: as root, the cluster runs as the `postgres` system user. */
function findUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/**
 * Why a throw-away cluster cannot be started on this machine, or `undefined` when it can: the tests that need one
 * skip, saying why.
 */
export function throwawayPostgresUnavailable(): string | undefined {
  if (!findBinaries()) return 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (Debian package postgresql)';
  if (process.getuid?.() === 0 && !findUser()) return 'running as root without a postgres system user to run initdb as';
  return undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export type ThrowawayPostgres = {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** Stops the server (fast shutdown: connections are closed), as a crash or a restart would. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and deletes its files. */
  destroy(): Promise<void>;
};

/**
 * A PostgreSQL cluster of its own for one test file, on a free loopback port, in a temporary folder (initdb and pg_ctl
 * from Debian's postgresql package), so that a test can stop and restart the database under running services.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const reason = throwawayPostgresUnavailable();
  if (reason) throw new Error(`Cannot start a throw-away PostgreSQL cluster: ${reason}`);
  const bin = findBinaries()!;
  const user = findUser();
  const folder = mkdtempSync(path.join(tmpdir(), 'cohesion-pg-'));
  if (user) chownSync(folder, user.uid, user.gid);
  const data = path.join(folder, 'data');
  const port = await freePort();
  const options = { timeout: 60_000, ...(user ?? {}) };
  await run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--no-locale'], options);
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', serverOptions, '-l', path.join(folder, 'log'), '-w', ...args], options);
  await pgCtl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await pgCtl('-m', 'fast', 'stop');
    },
    async start() {
      await pgCtl('start');
    },
    async destroy() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
