import { type PageWindow } from './rows';

/** Pages read one row more than asked for: that row only says whether another page follows. */
export function takePage<Row>(rows: Row[], window: PageWindow): { rows: Row[]; hasNextPage: boolean } {
  return { rows: rows.slice(0, window.limit), hasNextPage: rows.length > window.limit };
}
