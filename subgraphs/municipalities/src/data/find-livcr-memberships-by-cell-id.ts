import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type LivcrMembershipRow } from './rows';

const { livcrCellMemberships } = municipalitiesTables;

/** Every membership of the given cells, past and present; resolvers pick those of the date they describe. */
export function findLivcrMembershipsByCellId(db: Database, cellIds: readonly string[]): Promise<LivcrMembershipRow[]> {
  return db
    .select()
    .from(livcrCellMemberships)
    .where(equalsAny(livcrCellMemberships.cellId, cellIds))
    .orderBy(asc(livcrCellMemberships.memberSince), asc(livcrCellMemberships.municipalityNis));
}
