import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, SUBGRAPH_SCHEMAS } from '@cohesion/db';
import { countRowsByTable } from '@cohesion/db/testing';

const run = promisify(execFile);
const HUB = path.resolve(__dirname, '..', '..');

// `npm run seed` as an operator runs it for a production database (issue 9 item 7): Statbel's reference data and the
// published content, no SAMPLE row. The command runs as its own process on an embedded database folder (the wiring
// of NODE_ENV is what is tested; db's seed-without-sample test covers both database modes).
describe('npm run seed with NODE_ENV=production', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cohesion-seed-production-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('fills an empty database with the reference data and the content of every level, and no SAMPLE row', async () => {
    const { DATABASE_URL: _server, ...environment } = process.env;
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(HUB, 'src', 'bin', 'seed.ts')],
      {
        cwd: HUB,
        env: { ...environment, NODE_ENV: 'production', DATA_DIR: dataDir, INIT_CWD: HUB },
        timeout: 170_000,
      },
    );
    expect(stdout).toContain(`seeded ${SUBGRAPH_SCHEMAS.join(', ')}`);
    const database = await createDatabase({ dataDir });
    try {
      const counts = await countRowsByTable(database, SUBGRAPH_SCHEMAS);
      expect(Object.entries(counts).filter(([, count]) => count.sample > 0)).toEqual([]);
      expect(counts['municipalities.municipalities']?.rows).toBe(565);
      expect(counts['municipalities.livcr_cells']?.rows).toBe(0);
      for (const level of ['federal', 'flanders', 'wallonia_brussels', 'eu_partners']) {
        expect({ level, content: (counts[`${level}.organisations`]?.rows ?? 0) > 0 }).toEqual({
          level,
          content: true,
        });
      }
    } finally {
      await database.close();
    }
  }, 180_000);
});
