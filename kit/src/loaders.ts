import DataLoader from 'dataloader';

/**
 * A DataLoader over one query for all its keys (`equalsAny`): the batch function returns rows in any order, and results are
 * handed back in key order through a Map, with `null` for a missing key (DataLoader's batch contract).
 */
export function createKeyedLoader<Key extends string | number, Row>(
  fetchRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const rows = await fetchRows(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Like `createKeyedLoader`, for one-to-many relations: every key gets the (possibly empty) list of its rows. */
export function createGroupedLoader<Key extends string | number, Row>(
  fetchRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const rows = await fetchRows(keys);
    const byKey = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
