import { foldForSearch } from '@cohesion/db';
import { like, sql, type SQL } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';

/** Escapes LIKE's wildcards (`%`, `_`) and its escape character (`\`), so they match only themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Case- and accent-insensitive substring search in a column of text folded with `foldForSearch`: no condition
 * for an absent or blank search. A search of punctuation alone (`%`, `_`) folds to nothing, and nothing folded
 * contains it, so it matches no row rather than every row.
 */
export function searchCondition(column: PgColumn | SQL, search: string | null | undefined): SQL | undefined {
  if (!search?.trim()) return undefined;
  const folded = foldForSearch(search);
  return folded ? like(column, `%${escapeLike(folded)}%`) : sql`false`;
}
