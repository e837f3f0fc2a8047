import { foldForSearch } from '@cohesion/db';
import { like, type SQL } from 'drizzle-orm';
import { type PgColumn } from 'drizzle-orm/pg-core';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Case- and accent-insensitive substring search on a column of folded text; no condition for an empty search. */
export function searchCondition(column: PgColumn, search: string | undefined): SQL | undefined {
  const folded = search ? foldForSearch(search) : '';
  return folded ? like(column, `%${escapeLike(folded)}%`) : undefined;
}
