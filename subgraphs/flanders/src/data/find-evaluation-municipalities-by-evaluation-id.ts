import { type Database, flandersTables } from '@cohesion/db';
import { asc, inArray } from 'drizzle-orm';
import { type EvaluationMunicipalityRow } from './rows';

const { emmascanEvaluationMunicipalities: members } = flandersTables;

export function findEvaluationMunicipalitiesByEvaluationId(db: Database, evaluationIds: readonly string[]): Promise<EvaluationMunicipalityRow[]> {
  return db.select().from(members).where(inArray(members.evaluationId, [...evaluationIds])).orderBy(asc(members.nis));
}
