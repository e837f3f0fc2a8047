import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count } from 'drizzle-orm';

const { preventionGuidance } = walloniaBrusselsTables;

/** Municipalities covered by each guidance offer, per territory. */
export function countGuidancePerTerritory(db: Database) {
  return db
    .select({
      offerId: preventionGuidance.offerId,
      territory: preventionGuidance.territory,
      total: count(),
      ...countedProvenanceColumns(preventionGuidance),
    })
    .from(preventionGuidance)
    .groupBy(preventionGuidance.offerId, preventionGuidance.territory)
    .orderBy(asc(preventionGuidance.offerId), asc(preventionGuidance.territory));
}
