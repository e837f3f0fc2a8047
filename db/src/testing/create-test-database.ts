import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from '../client';

export type TestDatabaseOptions = {
  /** A Postgres server to create a throw-away database on; embedded in-memory PGlite when absent. */
  url?: string | undefined;
};

/**
 * A fresh, empty database for one test file: a new in-memory PGlite, or a new database on the server
 * named by `url` (DATABASE_URL), dropped again on close. Tests never share state through it.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (!options.url) return createDatabase();
  const name = `hub_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(options.url, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (error) {
    // An admin pool left open keeps the test worker alive.
    await admin.end({ timeout: 5 });
    throw error;
  }
  const url = new URL(options.url);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), maxConnections: 4 });
  return {
    ...handle,
    async close() {
      try {
        await handle.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
