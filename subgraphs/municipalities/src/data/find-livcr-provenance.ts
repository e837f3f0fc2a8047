import { type Database, municipalitiesTables } from '@cohesion/db';
import { asc } from 'drizzle-orm';
import { type ProvenanceSource } from './rows';

const { livcrCells } = municipalitiesTables;

/** The provenance of the cell records as a whole (they share one: the SAMPLE data set); null when there are none. */
export async function findLivcrProvenance(db: Database): Promise<ProvenanceSource | null> {
  const [row] = await db
    .select({ source: livcrCells.source, sourceKind: livcrCells.sourceKind, sourceUrl: livcrCells.sourceUrl, referenceDate: livcrCells.referenceDate })
    .from(livcrCells)
    .orderBy(asc(livcrCells.id))
    .limit(1);
  return row ?? null;
}
