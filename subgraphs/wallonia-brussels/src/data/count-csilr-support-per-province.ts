import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { asc, count, countDistinct, sql } from 'drizzle-orm';

const { csilrSupport } = walloniaBrusselsTables;

/**
 * Per province: municipalities with a record, those with a cell, distinct cells, and those whose plan funds the
 * coordination. A cell never crosses an arrondissement, so it never crosses a province either.
 */
export function countCsilrSupportPerProvince(db: Database) {
  return db
    .select({
      provinceNis: csilrSupport.provinceNis,
      municipalities: count(),
      withCell: sql<number>`count(*) filter (where ${csilrSupport.hasCell})`.mapWith(Number),
      cells: countDistinct(csilrSupport.cellKey),
      throughSocialCohesionPlan: sql<number>`count(*) filter (where ${csilrSupport.throughSocialCohesionPlan})`.mapWith(Number),
      ...countedProvenanceColumns(csilrSupport),
    })
    .from(csilrSupport)
    .groupBy(csilrSupport.provinceNis)
    .orderBy(asc(csilrSupport.provinceNis));
}
