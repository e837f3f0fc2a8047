import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type EvaluationMunicipalityRow } from './rows';

const { emmascanEvaluationMunicipalities: members } = flandersTables;

export function findEvaluationMunicipalitiesByEvaluationId(db: Database, evaluationIds: readonly string[]): Promise<EvaluationMunicipalityRow[]> {
  return db.select().from(members).where(equalsAny(members.evaluationId, evaluationIds)).orderBy(asc(members.nis));
}
