import { type Database, euPartnersTables } from '@cohesion/db';
import { and, count, eq, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest } from './keyset';
import { type WorkingGroupRow } from './rows';

const { workingGroups } = euPartnersTables;

export type WorkingGroupQuery = { organisationId?: string | undefined };

export const WORKING_GROUP_ORDERING: Ordering<WorkingGroupRow> = {
  column: workingGroups.sortName,
  direction: 'asc',
  valueOf: (row) => row.sortName,
};

function whereOf(query: WorkingGroupQuery): SQL | undefined {
  return query.organisationId ? eq(workingGroups.organisationId, query.organisationId) : undefined;
}

/** One page of working groups after the cursor position, reading one row more to know whether another follows. */
export async function findWorkingGroupPage(db: Database, query: WorkingGroupQuery, page: PageRequest<WorkingGroupRow>) {
  const rows = await db
    .select()
    .from(workingGroups)
    .where(and(whereOf(query), keysetAfter(page.ordering, workingGroups.id, page.after)))
    .orderBy(...keysetOrder(page.ordering, workingGroups.id))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countWorkingGroups(db: Database, query: WorkingGroupQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(workingGroups).where(whereOf(query));
  return result?.total ?? 0;
}
