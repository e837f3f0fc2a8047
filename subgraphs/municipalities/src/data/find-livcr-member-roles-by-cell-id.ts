import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type LivcrMemberRoleRow } from './rows';

const { livcrCellMemberRoles } = municipalitiesTables;

export function findLivcrMemberRolesByCellId(db: Database, cellIds: readonly string[]): Promise<LivcrMemberRoleRow[]> {
  return db
    .select()
    .from(livcrCellMemberRoles)
    .where(equalsAny(livcrCellMemberRoles.cellId, cellIds))
    .orderBy(asc(livcrCellMemberRoles.since), asc(livcrCellMemberRoles.sector));
}
