import { type Database, municipalitiesTables } from '@cohesion/db';
import { asc } from 'drizzle-orm';
import { type ProvenanceSource } from './rows';

const { municipalities } = municipalitiesTables;

/** Where the municipal boundaries come from (one source for all of them); null before the territory is seeded. */
export async function findBoundaryProvenance(db: Database): Promise<ProvenanceSource | null> {
  const [row] = await db
    .select({ source: municipalities.boundarySource, referenceDate: municipalities.boundaryReferenceDate })
    .from(municipalities)
    .orderBy(asc(municipalities.nis))
    .limit(1);
  return row ? { ...row, sourceKind: 'OFFICIAL_STATISTICS', sourceUrl: BOUNDARY_URL } : null;
}

export const BOUNDARY_URL = 'https://github.com/mathiasleroy/belgium-geographic-data';
