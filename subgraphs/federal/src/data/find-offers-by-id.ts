import { type Database, federalTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type OfferRow } from './rows';

const { offers } = federalTables;

export function findOffersById(db: Database, ids: readonly string[]): Promise<OfferRow[]> {
  return db.select().from(offers).where(equalsAny(offers.id, ids));
}
