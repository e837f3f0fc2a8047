import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { type PgliteDatabase } from 'drizzle-orm/pglite';
import { type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { type DatabaseHandle } from './client';
import { type SubgraphSchema } from './levels';

const MIGRATIONS_ROOT = path.resolve(__dirname, '..', 'migrations');

/**
 * Applies the committed drizzle-kit migrations of the given subgraph schemas. Each schema has its own
 * journal table (`drizzle.<schema>_migrations`), so a subgraph running alone migrates only what it owns.
 */
export async function migrateSchemas(handle: DatabaseHandle, schemas: readonly SubgraphSchema[]): Promise<void> {
  for (const schema of schemas) {
    const config = {
      migrationsFolder: path.join(MIGRATIONS_ROOT, schema),
      // The journal cannot live inside the schema: the first migration is what creates that schema.
      migrationsSchema: 'drizzle',
      migrationsTable: `${schema}_migrations`,
    };
    if (handle.kind === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase, config);
    else await migratePostgres(handle.db as unknown as PostgresJsDatabase, config);
  }
}
