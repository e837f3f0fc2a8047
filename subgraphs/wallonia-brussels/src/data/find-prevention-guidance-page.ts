import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import { limitPage } from './keyset';
import { type PreventionGuidanceRow } from './rows';

const { preventionGuidance } = walloniaBrusselsTables;

export type PreventionGuidancePageQuery = { territory?: string | undefined };

function whereOf(query: PreventionGuidancePageQuery): SQL | undefined {
  return query.territory ? eq(preventionGuidance.territory, query.territory) : undefined;
}

/** One page of records in NIS order after the cursor key. */
export async function findPreventionGuidancePage(
  db: Database,
  query: PreventionGuidancePageQuery & { afterNis?: string | undefined; first: number },
): Promise<{ rows: PreventionGuidanceRow[]; hasNextPage: boolean }> {
  const rows = await db
    .select()
    .from(preventionGuidance)
    .where(and(whereOf(query), query.afterNis ? gt(preventionGuidance.municipalityNis, query.afterNis) : undefined))
    .orderBy(asc(preventionGuidance.municipalityNis))
    .limit(query.first + 1);
  return limitPage(rows, query.first);
}

export async function countPreventionGuidance(db: Database, query: PreventionGuidancePageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(preventionGuidance).where(whereOf(query));
  return result?.total ?? 0;
}
