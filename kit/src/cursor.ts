import { badUserInput } from './errors';

/** Opaque cursors: base64url of `<kind>:<key>`, so clients cannot depend on what is inside. */
export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` for the same kind; anything else is a BAD_USER_INPUT error. */
export function decodeCursor(kind: string, cursor: string, argument = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(`${kind}:`) || encodeCursor(kind, decoded.slice(kind.length + 1)) !== cursor) {
    throw badUserInput(argument, cursor, `expected a cursor returned by this list (pageInfo.endCursor)`);
  }
  return decoded.slice(kind.length + 1);
}

/** Checks a page size argument against its bounds. */
export function checkPageSize(first: number, max: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(argument, first, `expected an integer from 1 to ${max}`);
  return first;
}

/** Where a keyset page starts: the sort value of the last row seen (null sorts last) and its id. */
export type KeysetCursorPosition = { value: string | null; id: string };

/** A keyset cursor: a row's sort value and id, under a kind naming the list and its order. */
export function encodeKeysetCursor(kind: string, position: KeysetCursorPosition): string {
  return encodeCursor(kind, JSON.stringify([position.value, position.id]));
}

/** Decodes a cursor made by `encodeKeysetCursor` for the same kind; anything else is a BAD_USER_INPUT error. */
export function decodeKeysetCursor(kind: string, cursor: string, argument = 'after'): KeysetCursorPosition {
  const content = decodeCursor(kind, cursor, argument);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !(parsed[0] === null || typeof parsed[0] === 'string') || typeof parsed[1] !== 'string') {
    throw badUserInput(argument, cursor, 'expected a cursor returned by this list (pageInfo.endCursor)');
  }
  return { value: parsed[0] as string | null, id: parsed[1] };
}
