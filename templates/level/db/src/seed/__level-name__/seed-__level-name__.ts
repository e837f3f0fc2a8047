import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Database } from '../../client';
import { organisations, seedState } from '../../schema/__level-name__';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = '__level-name__-seed-v1';

type OrganisationContent = typeof organisations.$inferInsert;

/** Fills the __level_schema__ schema from the content in this folder; running it twice changes nothing. */
export async function seed__LevelPascal__(db: Database, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  const raw = readFileSync(path.join(__dirname, 'organisations.json'), 'utf8');
  const rows = JSON.parse(raw) as OrganisationContent[];
  return runSeedOnce(db, {
    ...options,
    table: seedState,
    dataset: '__level-name__-content',
    inputs: [SEED_VERSION, raw],
    apply: async ({ replaceRows }) => {
      await replaceRows(organisations, organisations.id, rows);
    },
  });
}
