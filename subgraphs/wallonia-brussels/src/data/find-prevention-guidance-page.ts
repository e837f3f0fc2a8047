import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { ascending, keysetList, type PageArguments } from '@cohesion/kit';
import { eq } from 'drizzle-orm';

const { preventionGuidance } = walloniaBrusselsTables;

const preventionGuidanceList = keysetList({
  name: 'wallonia-brussels-prevention-guidance',
  table: preventionGuidance,
  id: preventionGuidance.municipalityNis,
  orders: { NIS_ASC: ascending(preventionGuidance.municipalityNis) },
});

/** One page of prevention guidance records, by NIS code. */
export function findPreventionGuidancePage(db: Database, query: { territory?: string | null | undefined }, page: PageArguments<never>) {
  return preventionGuidanceList.findPage(db, page, query.territory ? eq(preventionGuidance.territory, query.territory) : undefined);
}
