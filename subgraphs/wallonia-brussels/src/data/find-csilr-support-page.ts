import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import { limitPage } from './keyset';
import { type CsilrSupportRow } from './rows';

const { csilrSupport } = walloniaBrusselsTables;

export type CsilrSupportPageQuery = {
  provinceNis?: string | undefined;
  hasCell?: boolean | undefined;
  throughSocialCohesionPlan?: boolean | undefined;
};

function whereOf(query: CsilrSupportPageQuery): SQL | undefined {
  return and(
    query.provinceNis ? eq(csilrSupport.provinceNis, query.provinceNis) : undefined,
    query.hasCell === undefined ? undefined : eq(csilrSupport.hasCell, query.hasCell),
    query.throughSocialCohesionPlan === undefined ? undefined : eq(csilrSupport.throughSocialCohesionPlan, query.throughSocialCohesionPlan),
  );
}

/** One page of records in NIS order after the cursor key. */
export async function findCsilrSupportPage(
  db: Database,
  query: CsilrSupportPageQuery & { afterNis?: string | undefined; first: number },
): Promise<{ rows: CsilrSupportRow[]; hasNextPage: boolean }> {
  const rows = await db
    .select()
    .from(csilrSupport)
    .where(and(whereOf(query), query.afterNis ? gt(csilrSupport.municipalityNis, query.afterNis) : undefined))
    .orderBy(asc(csilrSupport.municipalityNis))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countCsilrSupport(db: Database, query: CsilrSupportPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(csilrSupport).where(whereOf(query));
  return result?.total ?? 0;
}
