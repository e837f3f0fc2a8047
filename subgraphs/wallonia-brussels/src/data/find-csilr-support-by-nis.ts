import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';
import { type CsilrSupportRow } from './rows';

const { csilrSupport } = walloniaBrusselsTables;

export function findCsilrSupportByNis(db: Database, nis: readonly string[]): Promise<CsilrSupportRow[]> {
  return db.select().from(csilrSupport).where(equalsAny(csilrSupport.municipalityNis, nis));
}

/** The municipalities of the given (generated) cells, by NIS code. */
export function findCsilrSupportByCellKey(db: Database, cellKeys: readonly string[]): Promise<Array<{ cellKey: string | null; municipalityNis: string }>> {
  return db
    .select({ cellKey: csilrSupport.cellKey, municipalityNis: csilrSupport.municipalityNis })
    .from(csilrSupport)
    .where(equalsAny(csilrSupport.cellKey, cellKeys))
    .orderBy(asc(csilrSupport.municipalityNis));
}
