import { type Database, euPartnersTables } from '@cohesion/db';
import { and, count, eq, type SQL } from 'drizzle-orm';
import { keysetAfter, keysetOrder, type Ordering, pageOf, type PageRequest } from './keyset';
import { type EfusMembershipRow } from './rows';

const { efusMemberships } = euPartnersTables;

export type EfusMembershipQuery = { evidence?: string | undefined };

export const EFUS_MEMBERSHIP_ORDERING: Ordering<EfusMembershipRow> = {
  column: efusMemberships.name,
  direction: 'asc',
  valueOf: (row) => row.name,
};

function whereOf(query: EfusMembershipQuery): SQL | undefined {
  return query.evidence ? eq(efusMemberships.evidence, query.evidence) : undefined;
}

/** One page of Efus membership links after the cursor position, reading one row more to know whether another follows. */
export async function findEfusMembershipPage(db: Database, query: EfusMembershipQuery, page: PageRequest<EfusMembershipRow>) {
  const rows = await db
    .select()
    .from(efusMemberships)
    .where(and(whereOf(query), keysetAfter(page.ordering, efusMemberships.memberKey, page.after)))
    .orderBy(...keysetOrder(page.ordering, efusMemberships.memberKey))
    .limit(page.first + 1);
  return pageOf(rows, page.first);
}

export async function countEfusMemberships(db: Database, query: EfusMembershipQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(efusMemberships).where(whereOf(query));
  return result?.total ?? 0;
}
