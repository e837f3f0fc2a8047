import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { type PgliteDatabase } from 'drizzle-orm/pglite';
import { type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { type DatabaseHandle } from './client';
import { type SubgraphSchema } from './levels';

const MIGRATIONS_ROOT = path.resolve(__dirname, '..', 'migrations');

/** The journal table of a schema's migrations; it cannot live inside the schema, whose first migration creates it. */
const JOURNAL_SCHEMA = 'drizzle';
const journalTable = (schema: SubgraphSchema) => `${schema}_migrations`;

/**
 * Applies the committed drizzle-kit migrations of the given subgraph schemas. Each schema has its own
 * journal table (`drizzle.<schema>_migrations`), so a subgraph running alone migrates only what it owns.
 */
export async function migrateSchemas(
  handle: DatabaseHandle,
  schemas: readonly SubgraphSchema[],
): Promise<void> {
  for (const schema of schemas) {
    const config = {
      migrationsFolder: path.join(MIGRATIONS_ROOT, schema),
      migrationsSchema: JOURNAL_SCHEMA,
      migrationsTable: journalTable(schema),
    };
    if (handle.kind === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase, config);
    else await migratePostgres(handle.db as unknown as PostgresJsDatabase, config);
  }
}

/** Raised by a production start whose database lacks migrations: they are applied by `npm run migrate`, not on start. */
export class PendingMigrationsError extends Error {
  constructor(
    readonly pending: ReadonlyArray<{ schema: SubgraphSchema; applied: number; committed: number }>,
  ) {
    super(
      `The database is not migrated: ${pending.map(({ schema, applied, committed }) => `${schema} has ${applied} of ${committed} migrations`).join(', ')}. ` +
        'Run `npm run migrate` with the same DATABASE_URL (or DATA_DIR) first.',
    );
    this.name = 'PendingMigrationsError';
  }
}

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  // postgres.js answers an array of rows, PGlite an object with `rows`.
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
    Record<string, unknown>
  >;
}

/**
 * Checks, without writing anything, that every committed migration of the given schemas is applied; throws a
 * PendingMigrationsError naming each schema behind. What a production start does instead of migrating.
 */
export async function verifyMigrations(
  handle: DatabaseHandle,
  schemas: readonly SubgraphSchema[],
): Promise<void> {
  const pending: Array<{ schema: SubgraphSchema; applied: number; committed: number }> = [];
  for (const schema of schemas) {
    const journal = JSON.parse(
      readFileSync(path.join(MIGRATIONS_ROOT, schema, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    const table = `${JOURNAL_SCHEMA}.${journalTable(schema)}`;
    const [exists] = rowsOf(
      await handle.db.execute(sql`select to_regclass(${table}) is not null as "exists"`),
    );
    const [count] = exists?.exists
      ? rowsOf(
          await handle.db.execute(
            sql`select count(*)::int as "applied" from ${sql.identifier(JOURNAL_SCHEMA)}.${sql.identifier(journalTable(schema))}`,
          ),
        )
      : [];
    const applied = Number(count?.applied ?? 0);
    if (applied < journal.entries.length)
      pending.push({ schema, applied, committed: journal.entries.length });
  }
  if (pending.length > 0) throw new PendingMigrationsError(pending);
}
