import { type Database, flandersTables } from '@cohesion/db';
import { ascending, descending, keysetList, type PageArguments } from '@cohesion/kit';
import { eq } from 'drizzle-orm';

const { experts } = flandersTables;

const expertList = keysetList({
  name: 'flanders-experts',
  table: experts,
  id: experts.id,
  orders: { NAME_ASC: ascending(experts.sortName), NAME_DESC: descending(experts.sortName) },
});

export type ExpertPageQuery = { organisationId?: string | undefined };

/** One page of the expert pool's experts, by name. */
export function findExpertPage(db: Database, query: ExpertPageQuery, page: PageArguments<'NAME_ASC' | 'NAME_DESC'>) {
  return expertList.findPage(db, page, query.organisationId ? eq(experts.organisationId, query.organisationId) : undefined);
}
