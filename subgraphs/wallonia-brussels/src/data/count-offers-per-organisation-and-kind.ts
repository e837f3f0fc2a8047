import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { asc, count } from 'drizzle-orm';

const { offers } = walloniaBrusselsTables;

/** Offers per organisation and kind. */
export function countOffersPerOrganisationAndKind(db: Database) {
  return db
    .select({ organisationId: offers.organisationId, kind: offers.kind, total: count() })
    .from(offers)
    .groupBy(offers.organisationId, offers.kind)
    .orderBy(asc(offers.organisationId), asc(offers.kind));
}
