import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { type PgColumn, type PgTable, type PgTableWithColumns } from 'drizzle-orm/pg-core';
import { type Database } from '../client';

// The seed-state tables all share seedStateColumns(); this is their common drizzle shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SeedStateTable = PgTableWithColumns<any>;

export type RunSeedOnceOptions = {
  table: SeedStateTable;
  dataset: string;
  /** Everything the seed depends on (input files, code version): a change re-applies the seed. */
  inputs: ReadonlyArray<string | Buffer>;
  apply: (tx: Database) => Promise<void>;
};

/**
 * Applies a seed inside one transaction unless the same inputs were applied before. Seeds upsert, so
 * applying them again after a change converges on the same rows: running it twice changes nothing.
 */
export async function runSeedOnce(db: Database, options: RunSeedOnceOptions): Promise<'applied' | 'unchanged'> {
  const hash = createHash('sha256');
  for (const input of options.inputs) hash.update(input);
  const checksum = hash.digest('hex');
  const [current] = await db.select().from(options.table).where(eq(options.table.dataset, options.dataset));
  if (current?.checksum === checksum) return 'unchanged';
  await db.transaction(async (tx) => {
    await options.apply(tx as unknown as Database);
    await tx
      .insert(options.table)
      .values({ dataset: options.dataset, checksum, appliedAt: new Date().toISOString() })
      .onConflictDoUpdate({ target: options.table.dataset, set: { checksum, appliedAt: new Date().toISOString() } });
  });
  return 'applied';
}

/** Splits rows into chunks so that one INSERT stays well below Postgres' parameter limit. */
export function chunk<T>(rows: readonly T[], size = 200): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/**
 * Inserts rows, or updates every given column where the key already exists, in chunks. Seeds use it so
 * that re-running them converges on the same rows instead of failing or duplicating.
 */
export async function upsertRows<Row extends Record<string, unknown>>(
  db: Database,
  table: PgTable,
  target: PgColumn | PgColumn[],
  rows: readonly Row[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const set = Object.fromEntries(Object.keys(first).map((key) => [key, sql.raw(`excluded."${toSnakeCase(key)}"`)]));
  for (const part of chunk(rows)) {
    await db.insert(table).values(part).onConflictDoUpdate({ target, set });
  }
}
