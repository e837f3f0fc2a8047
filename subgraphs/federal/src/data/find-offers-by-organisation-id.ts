import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type OfferRow } from './rows';

const { offers } = federalTables;

export function findOffersByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(equalsAny(offers.organisationId, organisationIds))
    .orderBy(asc(offers.sortKey), asc(offers.id));
}
