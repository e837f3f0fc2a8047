import { type Database, flandersTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type ProjectRow } from './rows';

const { projects } = flandersTables;

export function findProjectsById(db: Database, ids: readonly string[]): Promise<ProjectRow[]> {
  return db.select().from(projects).where(inArray(projects.id, [...ids]));
}
