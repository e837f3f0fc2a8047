/**
 * The five subgraphs of the benchmark, in one process on 127.0.0.1 (free ports), on the database the benchmark made:
 * a throw-away database on the Postgres server BENCH_POSTGRES_URL names (dropped on exit) or, when none answers,
 * embedded PGlite in memory.
 * Prints one JSON line `{ "subgraphUrls": { … } }` once every subgraph listens, and stops on SIGTERM.
 */
import { createDatabase, LEVELS, SUBGRAPH_SCHEMAS, type DatabaseHandle } from '@cohesion/db';
import { prepareDatabase } from '@cohesion/db/seed';
import { createTestDatabase } from '@cohesion/db/testing';
import { createDevelopmentAuthentication, createLogger, listen } from '@cohesion/kit';
import { loadLevelModule } from '../level-modules';

async function main(): Promise<void> {
  let database: DatabaseHandle;
  try {
    database = await createTestDatabase({ url: process.env.BENCH_POSTGRES_URL });
  } catch (error) {
    console.error(`no Postgres server answered (${error instanceof Error ? error.message : String(error)}): embedded PGlite`);
    database = await createDatabase({});
  }
  await prepareDatabase(database, SUBGRAPH_SCHEMAS);
  const logger = createLogger({ service: 'bench-subgraphs', level: 'warn' });
  const authentication = createDevelopmentAuthentication();
  const subgraphUrls: Record<string, string> = {};
  const closers: Array<() => Promise<void>> = [];
  for (const level of LEVELS) {
    const service = loadLevelModule(level).createSubgraph({ db: database.db, logger: logger.child({ service: level.name }), development: false, authentication });
    await service.start();
    const server = await listen(service.app, { port: 0, host: '127.0.0.1' });
    closers.push(() => server.close(), () => service.stop());
    subgraphUrls[level.name] = `${server.url}/graphql`;
  }
  process.stdout.write(`${JSON.stringify({ subgraphUrls, database: database.kind })}\n`);
  const stop = async () => {
    for (const close of closers) await close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
