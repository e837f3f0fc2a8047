import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq } from 'drizzle-orm';
import { type ModuleResultRow } from './rows';

const { emmascanModuleResults: results, emmascanModules: modules } = flandersTables;

/** Module levels of the given evaluations, in module order. */
export function findModuleResultsByEvaluationId(db: Database, evaluationIds: readonly string[]): Promise<ModuleResultRow[]> {
  return db
    .select({ evaluationId: results.evaluationId, moduleId: results.moduleId, level: results.level })
    .from(results)
    .innerJoin(modules, eq(modules.id, results.moduleId))
    .where(equalsAny(results.evaluationId, evaluationIds))
    .orderBy(asc(modules.position));
}
