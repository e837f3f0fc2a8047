/**
 * Benchmark of the national LIVC-R coverage map through the whole hub over real HTTP (not a test): starts every
 * subgraph and the gateway on loopback ports on a throw-away database (in-memory PGlite, or a database created on
 * the server of DATABASE_URL), warms up, then times sequential requests and prints median / p95 and the size of
 * the answer, raw and gzipped. Run with `npm run bench -w municipalities` (`-- --runs 50` for more requests).
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from '@cohesion/db/seed';
import { createTestDatabase } from '@cohesion/db/testing';
// The hub depends on this workspace, so the benchmark script imports it without declaring a circular dependency.
import { startHub } from '@cohesion/hub';
import { createDevelopmentAuthentication, createLogger } from '@cohesion/kit';

const WARM_UP = 5;
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a positive integer, got ${process.argv[index + 1]}`);
  return value;
};
const RUNS = argument('runs', 30);

const QUERIES = {
  'national GeoJSON': `{ livcrCoverage { at featureCollection summary { total { municipalitiesCovered cells } regions { code municipalitiesCovered cells sharedCells } provinces { nis municipalitiesCovered cells sharedCells } } } }`,
  'national TopoJSON': `{ livcrCoverage(format: TOPOJSON) { at topology summary { total { municipalitiesCovered cells } } } }`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main() {
  const database = await createTestDatabase({ url: process.env.DATABASE_URL });
  const started = performance.now();
  const hub = await startHub({
    database,
    prepareDatabase,
    authentication: createDevelopmentAuthentication(),
    logger: createLogger({ service: 'bench', level: 'silent' }),
    development: false,
  });
  console.log(`hub started in ${Math.round(performance.now() - started)} ms on ${database.kind} (${hub.url})`);
  try {
    for (const [name, query] of Object.entries(QUERIES)) {
      const request = async () => {
        const begin = performance.now();
        const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const text = await response.text();
        const elapsed = performance.now() - begin;
        const body = JSON.parse(text) as { errors?: unknown[] };
        if (response.status !== 200 || body.errors) throw new Error(`${name}: HTTP ${response.status} ${text.slice(0, 500)}`);
        return { elapsed, text };
      };
      const first = await request();
      for (let index = 1; index < WARM_UP; index += 1) await request();
      const times: number[] = [];
      let text = first.text;
      for (let index = 0; index < RUNS; index += 1) {
        const result = await request();
        times.push(result.elapsed);
        text = result.text;
      }
      times.sort((a, b) => a - b);
      const raw = Buffer.byteLength(text);
      const gzipped = gzipSync(text).length;
      console.log(
        `${name}: first ${first.elapsed.toFixed(0)} ms; after ${WARM_UP} warm-up requests, ${RUNS} requests: ` +
          `median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
          `min ${times[0]?.toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms; ` +
          `response ${(raw / 1024).toFixed(1)} kB raw, ${(gzipped / 1024).toFixed(1)} kB gzipped (${gzipped} bytes)`,
      );
    }
  } finally {
    await hub.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
