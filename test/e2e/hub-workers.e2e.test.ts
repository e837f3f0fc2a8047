import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, municipalitiesTables } from '@cohesion/db';
import { ROLES, signDevelopmentToken } from '@cohesion/kit';
import { createServerDatabase, ENTRY_POINTS, ensureProductionBuild, isAlive, postGraphQL, startService, type ServiceProcess } from '../support/service-processes';

// The hub's compiled start (`npm run start:production -w @cohesion/hub`) with WORKERS=2: the primary owns the database
// (a fresh data folder on embedded PGlite, or a fresh database on the Postgres server when DATABASE_URL is set) and runs
// the subgraphs; two gateway workers share the port. Both serve; a write through one is seen at once through the other
// although each caches answers in its own memory; a worker killed outright is replaced; SIGTERM stops everything and the
// database is closed cleanly, holding the write.
const CELL = 'livcr-41002';
/** Anonymous and without protected fields: an answer the response cache keeps. */
const READ_VERSION = `{ livcrCell(id: "${CELL}") { version } }`;
const READ_FREQUENCY = `{ livcrCell(id: "${CELL}") { version meetingFrequency } }`;
const UPDATE = `mutation ($input: UpdateLivcrCellInput!) { updateLivcrCell(input: $input) { cell { version meetingFrequency } userErrors { code message } } }`;

type LogLine = { msg?: string; pid?: number; worker?: number; req?: { id?: string } };
const logLines = (output: string): LogLine[] =>
  output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: { data?: { livcrCell: { version: number; meetingFrequency?: string }; updateLivcrCell?: unknown }; errors?: unknown[] } };

/** One POST over `agent` (a kept-alive connection, and so one worker), or a connection of its own when `agent` is false. */
const post = (origin: string, agent: Agent | false, query: string, options: { variables?: object; headers?: Record<string, string> } = {}): Promise<Answer> =>
  postGraphQL<Answer['body']>(origin, query, { ...options, agent });

describe(`the hub's start with WORKERS=2 (production build, ${process.env.DATABASE_URL ? 'Postgres server' : 'embedded PGlite'})`, () => {
  let hub: ServiceProcess;
  let dataDir: string | undefined;
  let serverDatabase: { url: string; drop(): Promise<void> } | undefined;
  const agents: Agent[] = [];

  beforeAll(async () => {
    ensureProductionBuild();
    if (process.env.DATABASE_URL) serverDatabase = await createServerDatabase(process.env.DATABASE_URL);
    else dataDir = mkdtempSync(path.join(tmpdir(), 'cohesion-hub-workers-'));
    hub = await startService({
      name: 'hub',
      entry: ENTRY_POINTS.hub,
      env: {
        // Migrated and seeded on start, as `npm start` outside production.
        NODE_ENV: 'test',
        WORKERS: '2',
        LOG_LEVEL: 'info',
        // Long enough that an answer cached before the write would still be served after it, were it not invalidated.
        RESPONSE_CACHE_TTL_SECONDS: '60',
        RATE_LIMIT_REQUESTS: '0',
        ...(serverDatabase ? { DATABASE_URL: serverDatabase.url } : { DATA_DIR: dataDir! }),
      },
      // From an empty data folder: migrated and seeded, then the workers start (20–50 s on a loaded 2-core machine).
      timeoutMs: 85_000,
    });
  }, 90_000);
  afterAll(async () => {
    for (const agent of agents) agent.destroy();
    await hub?.stop('SIGKILL');
    await serverDatabase?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** The worker that answered: the gateway worker whose `request completed` log line has the answer's request id. */
  const answeredBy = (answer: Answer, workers: number[]) =>
    until('the answer in a worker\'s log', () => logLines(hub.output()).find((line) => line.msg === 'request completed' && line.req?.id === answer.headers['x-request-id'] && workers.includes(line.pid!))?.pid, 5_000);

  it('serves from two workers that share their writes, replaces one that dies, and stops cleanly on SIGTERM', async () => {
    const workerStarts = () => logLines(hub.output()).filter((line) => line.msg === 'gateway worker started');
    const pids = (await until('two workers to start', () => workerStarts().length >= 2 && workerStarts())).map((line) => line.pid!);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(hub.pid);

    // A kept-alive connection stays with the worker that accepted it: one connection to each worker (the primary hands
    // connections round-robin, so a few fresh ones reach both).
    const connections = new Map<number, Agent>();
    for (let attempt = 0; connections.size < 2 && attempt < 10; attempt += 1) {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      const answer = await post(hub.origin, agent, READ_VERSION);
      expect(answer.status).toBe(200);
      const pid = await answeredBy(answer, pids);
      if (!connections.has(pid)) connections.set(pid, agent);
    }
    expect([...connections.keys()].sort()).toEqual([...pids].sort());
    const [writer, reader] = pids as [number, number];
    const through = async (pid: number, query: string, options?: { variables?: object; headers?: Record<string, string> }) => {
      const answer = await post(hub.origin, connections.get(pid)!, query, options);
      expect(await answeredBy(answer, pids)).toBe(pid);
      return answer;
    };

    // The reader has the cell's version in its cache: the second answer comes from it (an Age header).
    const before = await through(reader, READ_VERSION);
    expect(before.body.data?.livcrCell.version).toEqual(expect.any(Number));
    const cached = await through(reader, READ_VERSION);
    expect(cached.headers.age).toBeDefined();
    expect(cached.body).toEqual(before.body);
    const version = before.body.data!.livcrCell.version;

    // A municipal editor of Aalst changes the cell through the other worker.
    const { scopes, jurisdictions, organisation } = ROLES['municipal-editor'];
    const editor = { authorization: `Bearer ${await signDevelopmentToken({ subject: 'e2e-hub-workers', scopes: [...scopes], jurisdictions: [...jurisdictions], organisation })}` };
    const current = (await through(writer, READ_FREQUENCY, { headers: editor })).body.data!.livcrCell;
    expect(current.version).toBe(version);
    const meetingFrequency = current.meetingFrequency === 'MONTHLY' ? 'QUARTERLY' : 'MONTHLY';
    const write = await through(writer, UPDATE, { variables: { input: { id: CELL, expectedVersion: version, meetingFrequency } }, headers: editor });
    expect(write.body.errors).toBeUndefined();
    expect(write.body.data?.updateLivcrCell).toEqual({ cell: { version: version + 1, meetingFrequency }, userErrors: [] });

    // At once, the reader no longer answers from what it cached before the write.
    const after = await through(reader, READ_VERSION);
    expect(after.body.data?.livcrCell).toEqual({ version: version + 1 });

    // One worker killed outright: the other answers, and the primary starts a replacement.
    process.kill(writer, 'SIGKILL');
    await until('the primary to see the worker die', () => logLines(hub.output()).some((line) => line.msg === 'gateway worker died; starting another' && line.pid === writer));
    for (let index = 0; index < 3; index += 1) {
      const during = await post(hub.origin, false, READ_VERSION);
      expect(during.status).toBe(200);
      expect(during.body.data?.livcrCell).toEqual({ version: version + 1 });
    }
    const replacement = await until('a replacement worker', () => workerStarts().find((line) => !pids.includes(line.pid!)));
    expect(isAlive(replacement.pid!)).toBe(true);

    // SIGTERM to the primary: the workers stop, then the subgraphs and the database close, and it exits 0.
    for (const agent of agents) agent.destroy();
    await hub.stop('SIGTERM');
    const [code, signal] = (await hub.exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(logLines(hub.output()).some((line) => line.msg === 'hub stopped: subgraphs and database closed')).toBe(true);
    expect([reader, replacement.pid!].filter(isAlive)).toEqual([]);

    // The data folder (or the database) opens again, and holds the write.
    const reopened = await createDatabase(serverDatabase ? { url: serverDatabase.url } : { dataDir: dataDir! });
    try {
      const cells = await reopened.db.select({ id: municipalitiesTables.livcrCells.id, version: municipalitiesTables.livcrCells.version, meetingFrequency: municipalitiesTables.livcrCells.meetingFrequency }).from(municipalitiesTables.livcrCells);
      expect(cells.find((cell) => cell.id === CELL)).toEqual({ id: CELL, version: version + 1, meetingFrequency });
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
