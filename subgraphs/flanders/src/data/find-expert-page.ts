import { type Database, flandersTables } from '@cohesion/db';
import { and, eq, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type ExpertRow } from './rows';

const { experts } = flandersTables;

export const EXPERT_ORDERS: Record<'NAME_ASC' | 'NAME_DESC', SortSpec<ExpertRow>> = {
  NAME_ASC: { column: experts.sortName, direction: 'asc', valueOf: (row) => row.sortName },
  NAME_DESC: { column: experts.sortName, direction: 'desc', valueOf: (row) => row.sortName },
};

export type ExpertPageQuery = { organisationId?: string | undefined };

function whereOf(query: ExpertPageQuery): SQL | undefined {
  return and(query.organisationId ? eq(experts.organisationId, query.organisationId) : undefined);
}

export async function findExpertPage(db: Database, query: ExpertPageQuery & { sort: SortSpec<ExpertRow>; after?: KeysetPosition | undefined; first: number }) {
  const rows = await db
    .select()
    .from(experts)
    .where(and(whereOf(query), afterPosition(query.sort, experts.id, query.after)))
    .orderBy(...keysetOrder(query.sort, experts.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countExperts(db: Database, query: ExpertPageQuery): Promise<number> {
  return countRows(db, experts, whereOf(query));
}
