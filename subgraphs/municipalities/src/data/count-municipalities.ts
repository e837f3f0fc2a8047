import { type Database, municipalitiesTables } from '@cohesion/db';
import { count, eq } from 'drizzle-orm';

const { municipalities } = municipalitiesTables;

/** How many municipalities Belgium, or one region, has. */
export async function countMunicipalities(db: Database, query: { regionNis?: string | undefined }): Promise<number> {
  const [result] = await db
    .select({ total: count() })
    .from(municipalities)
    .where(query.regionNis ? eq(municipalities.regionNis, query.regionNis) : undefined);
  return result?.total ?? 0;
}
