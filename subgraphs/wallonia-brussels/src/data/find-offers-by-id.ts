import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type OfferRow } from './rows';

const { offers } = walloniaBrusselsTables;

export function findOffersById(db: Database, ids: readonly string[]): Promise<OfferRow[]> {
  return db.select().from(offers).where(equalsAny(offers.id, ids));
}

/** The offers of the given organisations, by title. */
export function findOffersByOrganisationId(db: Database, organisationIds: readonly string[]): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(equalsAny(offers.organisationId, organisationIds))
    .orderBy(asc(offers.sortTitle), asc(offers.id));
}
