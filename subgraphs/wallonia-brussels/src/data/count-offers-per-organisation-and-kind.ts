import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count } from 'drizzle-orm';

const { offers } = walloniaBrusselsTables;

/** Offers per organisation and kind. */
export function countOffersPerOrganisationAndKind(db: Database) {
  return db
    .select({ organisationId: offers.organisationId, kind: offers.kind, total: count(), ...countedProvenanceColumns(offers) })
    .from(offers)
    .groupBy(offers.organisationId, offers.kind)
    .orderBy(asc(offers.organisationId), asc(offers.kind));
}
