import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type EmmascanModuleRow } from './rows';

const { emmascanModules } = flandersTables;

/** The seven modules, in order. */
export function findEmmascanModules(db: Database): Promise<EmmascanModuleRow[]> {
  return db.select().from(emmascanModules).orderBy(asc(emmascanModules.position));
}

export function findEmmascanModulesById(db: Database, ids: readonly string[]): Promise<EmmascanModuleRow[]> {
  return db.select().from(emmascanModules).where(equalsAny(emmascanModules.id, ids));
}
