import { required } from '@cohesion/kit';
import { type ProvenanceSource } from '../data/rows';
import { type Loaders } from '../loaders';

/** Loads records by id, in the given order; every id must exist. */
export async function loadAll<Row>(loader: { loadMany(keys: readonly string[]): Promise<Array<Row | null | Error>> }, ids: readonly string[], what: string): Promise<Row[]> {
  const rows = await loader.loadMany(ids);
  return rows.map((row, index) => {
    if (row instanceof Error) throw row;
    return required(row, `${what} ${ids[index]}`);
  });
}

/**
 * `sources`: the provenance of every source a record cites, in the record's order; a record an editor wrote cites
 * no publication, and its one source is its own provenance (the editor's organisation).
 */
export async function sourcesOf<Row extends { sourceIds: string[] } & ProvenanceSource>(row: Row, loaders: Loaders): Promise<ProvenanceSource[]> {
  return row.sourceIds.length === 0 ? [row] : loadAll(loaders.source, row.sourceIds, 'source');
}

/** A reference to an entity of another subgraph, by its key. */
export const municipalityReference = (nis: string | null) => (nis ? { nis } : null);
