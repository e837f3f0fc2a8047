import { type Database } from '@cohesion/db';
import { createKeyedLoader } from '@cohesion/kit';
import { findOrganisationsById } from './data/find-organisations-by-id';

type Ids = readonly string[];

/** Per-request loaders (DataLoader's "one loader per request"): every lookup by key is batched. */
export function createLoaders(db: Database) {
  return {
    organisation: createKeyedLoader((ids: Ids) => findOrganisationsById(db, ids), (row) => row.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
