import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { type PreventionGuidanceRow } from './rows';

const { preventionGuidance } = walloniaBrusselsTables;

export function findPreventionGuidanceByNis(db: Database, nis: readonly string[]): Promise<PreventionGuidanceRow[]> {
  return db.select().from(preventionGuidance).where(equalsAny(preventionGuidance.municipalityNis, nis));
}
