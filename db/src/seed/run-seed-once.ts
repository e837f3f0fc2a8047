import { createHash } from 'node:crypto';
import { and, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgColumn, type PgTable, type PgTableWithColumns } from 'drizzle-orm/pg-core';
import { type Database } from '../client';

// The seed-state tables all share seedStateColumns(); this is their common drizzle shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SeedStateTable = PgTableWithColumns<any>;

/** How a seed is run. */
export type SeedOptions = {
  /** Apply the seed even when the same inputs were applied before (tests prove idempotence with it). */
  force?: boolean;
  /**
   * Write the generated illustration rows (`source_kind` SAMPLE); true by default. A production database gets false:
   * Statbel's reference data and the published content only, and any SAMPLE row a former seed wrote is removed.
   */
  sample?: boolean;
};

/** Whether a seed row is generated illustration data (its provenance says SAMPLE). */
function isSampleRow(row: Record<string, unknown>): boolean {
  return row['sourceKind'] === 'SAMPLE';
}

/**
 * What a seed writes through, inside its transaction. A seed is the whole truth of the tables it writes: every
 * row `replaceRows` is not given is deleted when the seed ends.
 */
export type SeedTransaction = {
  /** The transaction, for reads and for writes the seed makes itself. */
  db: Database;
  /**
   * Makes `rows` the whole content of `table`: inserts them, or updates every given column where the key exists,
   * and deletes every other row once the seed's function has returned. Tables are pruned in the reverse order of
   * their first call, so write parents before their children.
   */
  replaceRows<Row extends Record<string, unknown>>(
    table: PgTable,
    key: PgColumn | PgColumn[],
    rows: readonly Row[],
  ): Promise<void>;
};

export type RunSeedOnceOptions = SeedOptions & {
  table: SeedStateTable;
  dataset: string;
  /** Everything the seed depends on (input files, code version): a change re-applies the seed. */
  inputs: ReadonlyArray<string | Buffer>;
  apply: (seed: SeedTransaction) => Promise<void>;
};

/**
 * Applies a seed inside one transaction unless the same inputs were applied before (or `force` is set). The seed
 * upserts its rows and the rows its content no longer has are deleted in the same transaction, so applying it
 * again converges on the same rows: running it twice changes nothing.
 */
export async function runSeedOnce(
  db: Database,
  options: RunSeedOnceOptions,
): Promise<'applied' | 'unchanged'> {
  const withSample = options.sample ?? true;
  const hash = createHash('sha256');
  for (const input of options.inputs) hash.update(input);
  // Switching SAMPLE data on or off re-applies the seed.
  if (!withSample) hash.update('without SAMPLE rows');
  const checksum = hash.digest('hex');
  if (!options.force) {
    const [current] = await db.select().from(options.table).where(eq(options.table.dataset, options.dataset));
    if (current?.checksum === checksum) return 'unchanged';
  }
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Database;
    const written = new Map<PgTable, { key: PgColumn[]; keys: string[][] }>();
    const dropped = new Map<PgTable, Array<Record<string, unknown>>>();
    await options.apply({
      db: tx,
      async replaceRows(table, key, allRows) {
        // Without SAMPLE data, a generated row is not written (nor a row that refers to one), and one a former seed
        // wrote is pruned below.
        const rows = withSample ? allRows : withoutSampleRows(table, allRows, dropped);
        const columns = Array.isArray(key) ? key : [key];
        const entry = written.get(table) ?? { key: columns, keys: [] };
        written.set(table, entry);
        const properties = columns.map((column) => propertyOf(table, column));
        entry.keys.push(...rows.map((row) => properties.map((property) => String(row[property]))));
        await upsertRows(tx, table, key, rows);
      },
    });
    for (const [table, { key, keys }] of [...written].reverse()) await deleteRowsNotIn(tx, table, key, keys);
    await tx
      .insert(options.table)
      .values({ dataset: options.dataset, checksum, appliedAt: new Date().toISOString() })
      .onConflictDoUpdate({
        target: options.table.dataset,
        set: { checksum, appliedAt: new Date().toISOString() },
      });
  });
  return 'applied';
}

/**
 * The rows to write without SAMPLE data: those that are not SAMPLE themselves and do not refer (by a foreign key) to
 * a row left out before; what is left out is added to `dropped`, for the tables written after.
 */
function withoutSampleRows<Row extends Record<string, unknown>>(table: PgTable, rows: readonly Row[], dropped: Map<PgTable, Array<Record<string, unknown>>>): Row[] {
  const references = getTableConfig(table).foreignKeys.flatMap((foreignKey) => {
    const reference = foreignKey.reference();
    const droppedParents = dropped.get(reference.foreignTable);
    if (!droppedParents?.length) return [];
    const parentProperties = reference.foreignColumns.map((column) => propertyOf(reference.foreignTable, column));
    const childProperties = reference.columns.map((column) => propertyOf(table, column));
    const droppedKeys = new Set(droppedParents.map((parent) => JSON.stringify(parentProperties.map((property) => parent[property]))));
    return [(row: Row) => droppedKeys.has(JSON.stringify(childProperties.map((property) => row[property])))];
  });
  const kept: Row[] = [];
  const left = dropped.get(table) ?? [];
  for (const row of rows) {
    if (isSampleRow(row) || references.some((refersToDropped) => refersToDropped(row))) left.push(row);
    else kept.push(row);
  }
  dropped.set(table, left);
  return kept;
}

/** The row property a column is declared under (`municipalityNis` for `municipality_nis`). */
function propertyOf(table: PgTable, column: PgColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(([, candidate]) => candidate === column);
  if (!entry) throw new Error(`Column ${column.name} is not a column of the table it keys`);
  return entry[0];
}

/** The `edited_at` column of a table whose rows the API writes, if it has one. */
function editedAtOf(table: PgTable): PgColumn | undefined {
  return getTableColumns(table)['editedAt'];
}

/**
 * Deletes the rows whose key is not among `keys`, except rows written through the API (`edited_at` set): a cell
 * founded or a period recorded by its owner is not the seed's to remove. The keys travel as one JSON parameter, compared as text, so
 * that a table of any size and a key of any width take one statement.
 */
async function deleteRowsNotIn(
  db: Database,
  table: PgTable,
  key: PgColumn[],
  keys: string[][],
): Promise<void> {
  const columns = sql.join(
    key.map((column) => sql`${column}::text`),
    sql`, `,
  );
  const elements = sql.join(
    key.map((_, index) => sql`element->>${sql.raw(String(index))}`),
    sql`, `,
  );
  const editedAt = editedAtOf(table);
  const notSeeded = sql`(${columns}) not in (select ${elements} from jsonb_array_elements(${JSON.stringify(keys)}::jsonb) as element)`;
  await db.delete(table).where(editedAt ? and(notSeeded, isNull(editedAt)) : notSeeded);
}

/** Splits rows into chunks so that one INSERT stays well below Postgres' parameter limit. */
export function chunk<T>(rows: readonly T[], size = 200): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/**
 * Inserts rows, or updates every given column where the key already exists, in chunks. A row written through the API
 * (`edited_at` set, db's `editedAtColumns`) is left as it is: seeds never overwrite edits.
 */
async function upsertRows<Row extends Record<string, unknown>>(
  db: Database,
  table: PgTable,
  target: PgColumn | PgColumn[],
  rows: readonly Row[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const set = Object.fromEntries(
    Object.keys(first).map((key) => [key, sql.raw(`excluded."${toSnakeCase(key)}"`)]),
  );
  const editedAt = editedAtOf(table);
  for (const part of chunk(rows)) {
    await db
      .insert(table)
      .values(part)
      .onConflictDoUpdate({ target, set, ...(editedAt ? { setWhere: isNull(editedAt) } : {}) });
  }
}
