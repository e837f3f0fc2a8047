import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type SourceRow } from './rows';

const { sources } = euPartnersTables;

/** Every source of this level, by id. */
export function findSources(db: Database): Promise<SourceRow[]> {
  return db.select().from(sources).orderBy(asc(sources.id));
}

export function findSourcesById(db: Database, ids: readonly string[]): Promise<SourceRow[]> {
  return db.select().from(sources).where(equalsAny(sources.id, ids));
}
