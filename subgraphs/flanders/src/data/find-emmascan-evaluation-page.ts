import { type Database, flandersTables } from '@cohesion/db';
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type EvaluationRow } from './rows';

const { emmascanEvaluations: evaluations, emmascanEvaluationMunicipalities: members } = flandersTables;

export const EVALUATION_ORDERS: Record<'DATE_ASC' | 'DATE_DESC', SortSpec<EvaluationRow>> = {
  DATE_ASC: { column: evaluations.evaluatedOn, direction: 'asc', valueOf: (row) => row.evaluatedOn },
  DATE_DESC: { column: evaluations.evaluatedOn, direction: 'desc', valueOf: (row) => row.evaluatedOn },
};

export type EvaluationPageQuery = {
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

function whereOf(db: Database, query: EvaluationPageQuery): SQL | undefined {
  const withMember = (condition: SQL) => inArray(evaluations.id, db.select({ id: members.evaluationId }).from(members).where(condition));
  return and(
    query.provinceNis ? withMember(eq(members.provinceNis, query.provinceNis)) : undefined,
    query.municipalityNis ? withMember(eq(members.nis, query.municipalityNis)) : undefined,
    query.from ? gte(evaluations.evaluatedOn, query.from) : undefined,
    query.to ? lte(evaluations.evaluatedOn, query.to) : undefined,
  );
}

export async function findEmmascanEvaluationPage(
  db: Database,
  query: EvaluationPageQuery & { sort: SortSpec<EvaluationRow>; after?: KeysetPosition | undefined; first: number },
) {
  const rows = await db
    .select()
    .from(evaluations)
    .where(and(whereOf(db, query), afterPosition(query.sort, evaluations.id, query.after)))
    .orderBy(...keysetOrder(query.sort, evaluations.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countEmmascanEvaluations(db: Database, query: EvaluationPageQuery): Promise<number> {
  return countRows(db, evaluations, whereOf(db, query));
}
