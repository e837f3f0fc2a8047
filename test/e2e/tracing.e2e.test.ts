import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase } from '@cohesion/db';
import { getLevel, subgraphUrlVariable } from '@cohesion/db/levels';
import { prepareDatabase } from '@cohesion/db/seed';
import { startOtlpCollector, type CollectedSpan } from '../support/otlp-collector';
import { createServerDatabase, ENTRY_POINTS, ensureProductionBuild, startService, type ServiceProcess } from '../support/service-processes';

// One operation through the gateway and two subgraphs, each its own process of the production build with tracing
// switched on by the standard OTEL_* variables only, exporting OTLP/HTTP JSON to a collector in this test's memory:
// the spans form one trace, from the caller's traceparent through the gateway and both subgraph fetches to the SQL
// statements each subgraph ran. (The SDK must patch modules before they load, which Jest's module registry does not
// allow in-process; real processes also prove the propagation between them.)
const OPERATION = `{ municipality(nis: "41002") { name policeZone { id } } }`;
// OTLP span kinds (the protocol's enum: 0 unspecified, 1 internal, 2 server, 3 client).
const SERVER = 2;
const CLIENT = 3;

describe('OpenTelemetry: one operation, one trace across the gateway, two subgraphs and their SQL', () => {
  let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
  const services: ServiceProcess[] = [];
  const dataDirectories: string[] = [];
  let serverDatabase: Awaited<ReturnType<typeof createServerDatabase>> | undefined;
  beforeAll(async () => {
    ensureProductionBuild();
    collector = await startOtlpCollector();
    const tracing = {
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_METRICS_EXPORTER: 'none',
      OTEL_LOGS_EXPORTER: 'none',
    };
    // On the Postgres server when DATABASE_URL is set (postgres.js: a throw-away database, migrated and seeded here
    // first), else each subgraph process on its own PGlite folder (it migrates and seeds its schema at a test start).
    const levels = ['municipalities', 'federal'];
    if (process.env.DATABASE_URL) {
      serverDatabase = await createServerDatabase(process.env.DATABASE_URL);
      const handle = await createDatabase({ url: serverDatabase.url });
      await prepareDatabase(handle, levels.map((level) => getLevel(level).schema));
      await handle.close();
    }
    const database = (level: string): Record<string, string> => {
      if (serverDatabase) return { DATABASE_URL: serverDatabase.url };
      const directory = mkdtempSync(path.join(tmpdir(), `trace-${level}-`));
      dataDirectories.push(directory);
      return { DATA_DIR: directory };
    };
    const subgraphs = await Promise.all(
      levels.map((level) =>
        startService({ name: level, entry: ENTRY_POINTS.subgraph(level), env: { NODE_ENV: 'test', ...database(level), ...tracing }, readyPath: '/ready', timeoutMs: 120_000 }),
      ),
    );
    services.push(...subgraphs);
    services.push(
      await startService({
        name: 'gateway',
        entry: ENTRY_POINTS.gateway,
        env: {
          NODE_ENV: 'test',
          ...tracing,
          ...Object.fromEntries(subgraphs.map((subgraph) => [subgraphUrlVariable(subgraph.name), `${subgraph.origin}/graphql`])),
        },
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await collector?.close();
    for (const directory of dataDirectories) rmSync(directory, { recursive: true, force: true });
    await serverDatabase?.drop();
  });

  it('continues the caller\'s trace through the gateway, both subgraph fetches and their SQL statements', async () => {
    const gateway = services.find((service) => service.name === 'gateway')!;
    const traceId = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const callerSpanId = 'a1b2c3d4e5f60718';
    const response = await fetch(`${gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpanId}-01` },
      body: JSON.stringify({ query: OPERATION }),
    });
    const body = (await response.json()) as { data?: { municipality: { name: string; policeZone: { id: string } | null } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.municipality.policeZone?.id).toBeTruthy();

    // The batch processors export every 100 ms: wait until both subgraphs' SQL has arrived (at most 10 s).
    const inTrace = () => collector.spans.filter((span) => span.traceId === traceId);
    const sqlOf = (service: string) => inTrace().filter((span) => span.service === service && span.attributes['db.system.name'] === 'postgresql');
    for (let waited = 0; waited < 10_000 && !(sqlOf('municipalities').length > 0 && sqlOf('federal').length > 0 && inTrace().some((span) => span.service === 'gateway' && span.parentSpanId === callerSpanId)); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const spans = inTrace();
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const ancestors = (span: CollectedSpan): CollectedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };

    // The gateway's server span is the child of the caller's span: the trace is the caller's.
    const root = spans.find((span) => span.service === 'gateway' && span.kind === SERVER && span.parentSpanId === callerSpanId);
    expect(root).toBeDefined();
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['gateway', 'municipalities', 'federal']));

    for (const subgraph of ['municipalities', 'federal']) {
      // The subgraph's server span is the child of a gateway fetch (a CLIENT span), itself under the gateway's root.
      const servers = spans.filter((span) => span.service === subgraph && span.kind === SERVER);
      expect(servers.length).toBeGreaterThan(0);
      for (const server of servers) {
        const fetch = byId.get(server.parentSpanId ?? '');
        expect({ subgraph, parent: fetch && { service: fetch.service, kind: fetch.kind } }).toEqual({ subgraph, parent: { service: 'gateway', kind: CLIENT } });
        expect(ancestors(fetch!)).toContain(root);
      }
      // Its SQL statements are spans under its server span, with the statement's text and no values.
      const statements = sqlOf(subgraph);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.attributes['db.query.text']).toMatch(/^\s*(select|with)\b/i);
        expect(ancestors(statement).some((span) => servers.includes(span))).toBe(true);
      }
    }
    // Only traces are exported: no metrics or logs are sent anywhere by default.
    expect(collector.paths.every((exported) => exported === '/v1/traces')).toBe(true);
  });
});
