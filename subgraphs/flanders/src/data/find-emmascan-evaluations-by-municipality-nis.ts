import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { type EvaluationRow } from './rows';

const { emmascanEvaluations: evaluations, emmascanEvaluationMunicipalities: members } = flandersTables;

/** The evaluations of the given municipalities' cells: one row per evaluation and municipality, oldest first. */
export function findEmmascanEvaluationsByMunicipalityNis(db: Database, nis: readonly string[]): Promise<Array<EvaluationRow & { nis: string }>> {
  return db
    .select({ ...getTableColumns(evaluations), nis: members.nis })
    .from(members)
    .innerJoin(evaluations, eq(evaluations.id, members.evaluationId))
    .where(equalsAny(members.nis, nis))
    .orderBy(asc(evaluations.evaluatedOn), asc(evaluations.id));
}
