import { type Database, euPartnersTables } from '@cohesion/db';
import { ascending, keysetList, type PageArguments } from '@cohesion/kit';
import { eq } from 'drizzle-orm';

const { efusMemberships } = euPartnersTables;

const efusMembershipList = keysetList({
  name: 'eu-efus-memberships',
  table: efusMemberships,
  id: efusMemberships.memberKey,
  orders: { NAME_ASC: ascending(efusMemberships.name) },
});

/** One page of Efus membership links, by name. */
export function findEfusMembershipPage(db: Database, query: { evidence?: string | null | undefined }, page: PageArguments<never>) {
  return efusMembershipList.findPage(db, page, query.evidence ? eq(efusMemberships.evidence, query.evidence) : undefined);
}
