import { badUserInput, isCalendarDate } from '@cohesion/kit';

/** A cell id as a caller may give it: the cell's own id, or a snapshot id that also names the date described. */
export type ParsedLivcrCellId = { cellId: string; at: string | undefined };

/**
 * The identity of a cell described on a date, `livcr-41002@2020-01-01`: a normalising client cache keeps one
 * entry per cell and date, so it can never answer one date with another date's state (README "Caching").
 */
export function livcrSnapshotId(cellId: string, referenceDate: string): string {
  return `${cellId}@${referenceDate}`;
}

/**
 * Reads a cell id (`livcr-41002`) or a snapshot id (`livcr-41002@2020-01-01`), so that an `id` a client got back
 * can be asked for again, as an argument or as a federation reference.
 */
export function parseLivcrCellId(id: string, argument: string): ParsedLivcrCellId {
  const at = id.indexOf('@');
  if (at < 0) return { cellId: id, at: undefined };
  const date = id.slice(at + 1);
  if (!isCalendarDate(date)) throw badUserInput(argument, id, 'expected a cell id such as "livcr-41002", optionally followed by @ and an ISO date');
  return { cellId: id.slice(0, at), at: date };
}
