import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { inArray } from 'drizzle-orm';
import { type PreventionGuidanceRow } from './rows';

const { preventionGuidance } = walloniaBrusselsTables;

export function findPreventionGuidanceByNis(db: Database, nis: readonly string[]): Promise<PreventionGuidanceRow[]> {
  return db.select().from(preventionGuidance).where(inArray(preventionGuidance.municipalityNis, [...nis]));
}
