import { sql } from 'drizzle-orm';
import { type Database } from './client';
import { isDatabaseUnavailableError } from './database-unavailable';

/**
 * Asks the database for `select 1`, giving up after `timeoutMs`: `up`, `unavailable` (down, restarting, unreachable
 * or too slow) or the error's message. What a readiness probe reports.
 */
export async function pingDatabase(db: Database, timeoutMs = 2_000): Promise<'up' | 'unavailable' | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return 'up';
  } catch (error) {
    return isDatabaseUnavailableError(error) ? 'unavailable' : error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}
