import { type Database, flandersTables } from '@cohesion/db';
import { ascending, descending, keysetList, type PageArguments } from '@cohesion/kit';
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';

const { emmascanEvaluations: evaluations, emmascanEvaluationMunicipalities: members } = flandersTables;

const evaluationList = keysetList({
  name: 'flanders-emmascan-evaluations',
  table: evaluations,
  id: evaluations.id,
  orders: { DATE_ASC: ascending(evaluations.evaluatedOn), DATE_DESC: descending(evaluations.evaluatedOn) },
});

export type EvaluationPageQuery = {
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** One page of EMMASCAN evaluations, by evaluation date. */
export function findEmmascanEvaluationPage(db: Database, query: EvaluationPageQuery, page: PageArguments<'DATE_ASC' | 'DATE_DESC'>) {
  const withMember = (condition: SQL) => inArray(evaluations.id, db.select({ id: members.evaluationId }).from(members).where(condition));
  return evaluationList.findPage(
    db,
    page,
    and(
      query.provinceNis ? withMember(eq(members.provinceNis, query.provinceNis)) : undefined,
      query.municipalityNis ? withMember(eq(members.nis, query.municipalityNis)) : undefined,
      query.from ? gte(evaluations.evaluatedOn, query.from) : undefined,
      query.to ? lte(evaluations.evaluatedOn, query.to) : undefined,
    ),
  );
}
