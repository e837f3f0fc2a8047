import { type Database } from '@cohesion/db';
import { organisations } from '@cohesion/db/schema/__level-name__';
import { ascending, keysetList, type PageArguments } from '@cohesion/kit';

const organisationList = keysetList({
  name: '__level-name__-organisations',
  table: organisations,
  id: organisations.id,
  orders: { NAME_ASC: ascending(organisations.name) },
});

/** One page of the level's organisations, by name. */
export function findOrganisationPage(db: Database, page: PageArguments<never>) {
  return organisationList.findPage(db, page);
}
