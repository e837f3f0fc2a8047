import { type Database, euPartnersTables } from '@cohesion/db';
import { ascending, currentRecords, keysetList, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { workingGroups } = euPartnersTables;

const workingGroupList = keysetList({
  name: 'eu-working-groups',
  table: workingGroups,
  id: workingGroups.id,
  orders: { NAME_ASC: ascending(workingGroups.sortName) },
});

/** One page of working groups, by name. */
export function findWorkingGroupPage(
  db: Database,
  query: { organisationId?: string | null | undefined; includeArchived?: boolean | null | undefined },
  page: PageArguments<never>,
) {
  return workingGroupList.findPage(
    db,
    page,
    and(
      currentRecords(workingGroups.archivedOn, query.includeArchived),
      query.organisationId ? eq(workingGroups.organisationId, query.organisationId) : undefined,
    ),
  );
}
