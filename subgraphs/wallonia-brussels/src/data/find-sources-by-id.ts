import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type SourceRow } from './rows';

const { sources } = walloniaBrusselsTables;

export function findSourcesById(db: Database, ids: readonly string[]): Promise<SourceRow[]> {
  return db.select().from(sources).where(equalsAny(sources.id, ids));
}

/** Every source of this level, by id. */
export function findAllSources(db: Database): Promise<SourceRow[]> {
  return db.select().from(sources).orderBy(asc(sources.id));
}
