import { type Database, federalTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type OfferRow } from './rows';

const { offers } = federalTables;

export function findOffersById(db: Database, ids: readonly string[]): Promise<OfferRow[]> {
  return db.select().from(offers).where(inArray(offers.id, [...ids]));
}
