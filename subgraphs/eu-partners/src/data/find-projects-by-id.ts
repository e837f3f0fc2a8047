import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type ProjectRow } from './rows';

const { projects } = euPartnersTables;

export function findProjectsById(db: Database, ids: readonly string[]): Promise<ProjectRow[]> {
  return db.select().from(projects).where(equalsAny(projects.id, ids));
}
