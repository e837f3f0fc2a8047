/**
 * Soak run (a script, not a test): the single-process hub on a fresh embedded database, driven over loopback by a
 * fixed mix of operations for a bounded time, printing the process's RSS and heap every interval and their growth.
 * `npm run soak` runs 5 minutes; `npm run soak -- --seconds 30` a short run. Nothing leaves 127.0.0.1.
 */
import { prepareDatabase } from '@cohesion/db/seed';
import { createDevelopmentAuthentication, createLogger } from '@cohesion/kit';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startHub } from '../start-hub';

const OPERATIONS = [
  '{ municipality(nis: "44021") { names { nl fr } province { nis } livcrCell { cellId scope status } } }',
  '{ municipalities(filter: { province: "40000" }, first: 100) { totalCount nodes { name livcrCell { name } coachingTrajectories { track } mobileTeamVisits { date } } } }',
  '{ livcrFigures(region: FLANDERS) { kind value suppressed } }',
  '{ flanders { events(first: 20) { nodes { id } } } federal { events(first: 20) { nodes { id } } } }',
];

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '300' }, connections: { type: 'string', default: '8' } } });
const options = z
  .object({ seconds: z.coerce.number().int().min(5).max(3600), connections: z.coerce.number().int().min(1).max(64) })
  .parse(values);

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const hub = await startHub({
    prepareDatabase,
    authentication: createDevelopmentAuthentication(),
    logger: createLogger({ service: 'soak', level: 'silent' }),
    development: false,
    corsOrigins: [],
  });
  const deadline = Date.now() + options.seconds * 1000;
  let requests = 0;
  let failures = 0;
  const worker = async (offset: number) => {
    for (let index = offset; Date.now() < deadline; index += 1) {
      const query = OPERATIONS[index % OPERATIONS.length] as string;
      const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { errors?: unknown[] };
      requests += 1;
      if (response.status !== 200 || body.errors) {
        failures += 1;
        if (failures === 1) console.error(`first failure: HTTP ${response.status} ${JSON.stringify(body.errors?.[0] ?? null)}`);
      }
    }
  };
  const start = process.memoryUsage();
  console.log(`soak: ${options.seconds} s, ${options.connections} connections, start RSS ${megabytes(start.rss)} MB, heap ${megabytes(start.heapUsed)} MB`);
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    console.log(`  ${requests} requests, ${failures} failed; RSS ${megabytes(now.rss)} MB, heap ${megabytes(now.heapUsed)} MB`);
  }, 10_000);
  await Promise.all(Array.from({ length: options.connections }, (_, offset) => worker(offset)));
  clearInterval(sampler);
  const end = process.memoryUsage();
  console.log(
    `soak done: ${requests} requests (${Math.round(requests / options.seconds)}/s), ${failures} failed; RSS ${megabytes(start.rss)} → ${megabytes(end.rss)} MB (growth ${megabytes(end.rss - start.rss)} MB), heap ${megabytes(start.heapUsed)} → ${megabytes(end.heapUsed)} MB`,
  );
  await hub.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
